// Region → district: show only the chosen region's districts. Without script, all stay visible.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("select[data-parent-select]").forEach((child) => {
    const parent = document.getElementById(child.dataset.parentSelect);
    if (!parent) return;
    const options = Array.from(child.querySelectorAll("option[data-parent]"));
    const groups = Array.from(child.querySelectorAll("optgroup"));
    const sync = () => {
      const region = parent.value;
      options.forEach((option) => {
        const show = !region || option.dataset.parent === region;
        option.hidden = !show;
        option.disabled = !show;
        if (!show && option.selected) child.value = "";
      });
      groups.forEach((group) => {
        group.hidden = !Array.from(group.children).some((option) => !option.hidden);
      });
      const wrap = child.closest(".field");
      if (wrap) wrap.hidden = region !== "" && !options.some((option) => !option.hidden);
    };
    parent.addEventListener("change", sync);
    sync();
  });
  // Ask before leaving a form with typed text.
  document.querySelectorAll("form[data-keep-typed]").forEach((form) => {
    let dirty = false;
    form.addEventListener("input", () => { dirty = true; });
    form.addEventListener("submit", () => { dirty = false; });
    window.addEventListener("beforeunload", (event) => { if (dirty) event.preventDefault(); });
  });
  // An officer typing a long text is not idle: say so now and then, so that the session
  // does not expire under the text (tyndau/accounts/middleware.py).
  const alive = document.body.dataset.alive;
  if (alive) {
    let told = Date.now();
    document.addEventListener("input", () => {
      if (Date.now() - told < 5 * 60 * 1000) return;
      told = Date.now();
      fetch(alive, { credentials: "same-origin" }).catch(() => {});
    });
  }
});
