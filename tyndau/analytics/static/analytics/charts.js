// Draws the dashboard's charts from the data embedded in the page (the same data is in the
// table beside each chart). Chart.js is served from Tyndau itself.
(function () {
  "use strict";
  function draw() {
    var source = document.getElementById("trend-data");
    var canvas = document.getElementById("trend-chart");
    if (!source || !canvas || !window.Chart) return;
    var data = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: "line",
      data: {
        labels: data.labels,
        datasets: [
          { label: data.names.received, data: data.received, borderColor: "#0b6e8a", tension: 0.2 },
          { label: data.names.answered, data: data.answered, borderColor: "#2e8b57", tension: 0.2 },
          { label: data.names.dissatisfied, data: data.dissatisfied, borderColor: "#c0392b", tension: 0.2 },
        ],
      },
      options: {
        animation: false,
        interaction: { mode: "index", intersect: false },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
