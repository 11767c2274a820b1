"""The Content-Security-Policy: strict (no inline script or style, nothing from elsewhere), on
every response, and the pages still work under it in a real browser."""

import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tyndau.analytics.riskmap import TILES
from tyndau.security.tests.conftest import web_urls
from tyndau.web.tests.test_browser import CHROMIUM, browser  # noqa: F401

TEMPLATES = Path(settings.BASE_DIR)
POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
    "base-uri": "'none'",
    "object-src": "'none'",
}


def directives(header: str) -> dict[str, str]:
    parts = (part.strip().split(None, 1) for part in header.split(";") if part.strip())
    return {part[0]: part[1] if len(part) > 1 else "" for part in parts}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/ru/", "/ru/appeal/new/", "/api/v1/docs", "/api/v1/bodies", "/ru/no-such-page/"]
)
def test_every_response_carries_the_strict_policy(url):
    response = Client().get(url)
    assert directives(response["Content-Security-Policy"]) == POLICY
    assert response["X-Frame-Options"] == "DENY"


def test_no_page_can_be_framed(world):
    """Clickjacking: X-Frame-Options DENY and frame-ancestors 'none' on every response of
    every web URL, the admin and the API docs, whatever its status."""
    urls = [*web_urls(world).values(), "/en/admin/", "/en/admin/login/", "/api/v1/docs"]
    for who in (None, world.officers["head"]):
        client = Client()
        if who is not None:
            client.force_login(who)
        for url in urls:
            response = client.get(url)
            assert response["X-Frame-Options"] == "DENY", url
            policy = directives(response["Content-Security-Policy"])
            assert policy["frame-ancestors"] == "'none'", url


def test_the_policy_has_nothing_unsafe():
    header = " ".join(" ".join(v) for v in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].values())
    assert "unsafe" not in header and "*" not in header and "http" not in header


# --- no inline script or style in Tyndau's templates --------------------------------------------

INLINE = {
    "style attribute": re.compile(r"<[^>]*\sstyle\s*=", re.I),
    "style element": re.compile(r"<style\b", re.I),
    "inline script": re.compile(
        r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")", re.I
    ),
    "event handler attribute": re.compile(r"<[^>]*\son[a-z]+\s*=", re.I),
    "javascript: URL": re.compile(r"javascript:", re.I),
}


# Drawn into a PDF by WeasyPrint, never sent to a browser: its styles may stay in the page.
NOT_SERVED = {"answers/templates/answers/letter.html"}


def _templates() -> list[Path]:
    return sorted(
        path
        for path in TEMPLATES.glob("*/templates/**/*.html")
        if path.relative_to(TEMPLATES).as_posix() not in NOT_SERVED
    )


def test_no_template_has_inline_script_or_style():
    found = [
        f"{path.relative_to(TEMPLATES)}: {what}"
        for path in _templates()
        for what, pattern in INLINE.items()
        if pattern.search(path.read_text())
    ]
    assert _templates() and found == []


def test_the_risk_maps_tile_positions_have_their_classes():
    """The tiles are placed by classes (an inline grid position would need 'unsafe-inline')."""
    css = Path(finders.find("tyndau/tyndau.css")).read_text()
    for column, row in TILES.values():
        assert f".at-column-{column + 1} {{ grid-column: {column + 1}; }}" in css
        assert f".at-row-{row + 1} {{ grid-row: {row + 1}; }}" in css


def test_no_script_needs_eval():
    """'unsafe-eval' stays out: none of the scripts served calls eval or builds functions from
    text (Chart.js and Swagger UI only probe `Function("return this")` when `globalThis` is
    missing, which no browser that runs them lacks)."""
    for name in ("tyndau/tyndau.js", "analytics/charts.js", "analytics/vendor/chart.umd.min.js"):
        text = Path(finders.find(name)).read_text()
        assert not re.search(r"\beval\(|new Function\(", text), name


# --- in a real browser --------------------------------------------------------------------------

WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(
    `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


class Watched:
    """A browser context that records CSP violations, console errors, failed requests and any
    dialog (an alert() would mean a payload ran)."""

    def __init__(self, browser, live_server, user=None):  # noqa: F811
        self.context = browser.new_context(locale="ru-RU")
        self.context.add_init_script(WATCH)
        if user is not None:
            client = Client()
            client.force_login(user)
            cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
            self.context.add_cookies(
                [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
            )
        self.base = live_server.url
        self.problems: list[str] = []
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("dialog", self._dialog)
        self.page.on("response", self._response)

    def _console(self, message):
        # A failed load is told by _response, with its URL.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.problems.append(f"console: {message.text}")

    def _response(self, response):
        # The browser asks for /favicon.ico by itself; Tyndau has none.
        if response.status >= 400 and not response.url.endswith("/favicon.ico"):
            self.problems.append(f"{response.status} {response.url}")

    def _dialog(self, dialog):
        if dialog.type == "beforeunload":  # "leave a form with typed text?" (tyndau.js)
            dialog.accept()
            return
        self.problems.append(f"dialog: {dialog.type} {dialog.message}")
        dialog.dismiss()

    def open(self, path: str):
        response = self.page.goto(self.base + path)
        assert response.status == 200, (path, response.status)
        self.page.wait_for_load_state("networkidle")
        return self.page

    def check(self, what: str) -> None:
        violations = self.page.evaluate("window.__violations")
        assert violations == [] and self.problems == [], (what, violations, self.problems)


def path_of(name: str, **kwargs) -> str:
    with translation.override("ru"):
        return reverse(name, kwargs=kwargs or None)


DRAWN = """(canvas) => {
  const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
  return painted;
}"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed")
def test_the_pages_work_under_the_policy(browser, live_server, world):  # noqa: F811
    public = Watched(browser, live_server)
    page = public.open(path_of("web:home"))
    public.check("home")

    page = public.open(path_of("appeals:file"))
    districts = "#id_district option[data-parent]"
    assert page.locator(districts).count() > 0
    page.select_option("#id_region", label="Карагандинская область")
    visible = page.eval_on_selector_all(districts, "options => options.filter(o => !o.hidden)")
    hidden = page.eval_on_selector_all(districts, "options => options.filter(o => o.hidden)")
    assert visible and hidden  # the script filters the districts by the region chosen
    public.check("filing form")

    public.open(path_of("appeals:track", token=world.tracking_token))
    public.check("tracking page")
    public.open(path_of("ratings:answer", token=world.answer_token))
    public.check("answer page")
    public.open(path_of("analytics:public_stats"))
    public.check("public statistics")
    public.open(path_of("analytics:public_digest", digest_id=world.digest.pk))
    public.check("public digest")

    head = Watched(browser, live_server, world.officers["head"])
    head.open(path_of("appeals:inbox") + "?status=&q=alert")
    head.check("inbox")
    head.open(path_of("appeals:detail", number=world.answered.reg_number))
    head.check("appeal page")
    page = head.open(path_of("analytics:dashboard"))
    page.wait_for_function("window.Chart && Chart.getChart(document.getElementById('trend-chart'))")
    assert page.eval_on_selector("#trend-chart", DRAWN) > 100  # the chart is drawn
    head.check("dashboard")
    page = head.open(path_of("analytics:risk_map"))
    tiles = page.locator(".tile-map .tile")
    assert tiles.count() == len(TILES)
    boxes = {(round(b["x"]), round(b["y"])) for b in (t.bounding_box() for t in tiles.all())}
    assert len(boxes) == len(TILES)  # placed by their classes: no two tiles on one spot
    head.check("risk map")
    head.open(path_of("analytics:alert", alert_id=world.alert.pk))
    head.check("alert")

    executor = Watched(browser, live_server, world.officers["executor"])
    page = executor.open(path_of("appeals:detail", number=world.drafted.reg_number))
    page.fill("#id_answer_text", "Уважаемый заявитель! Ответ на ваше обращение.")
    page.wait_for_selector("#quality-check", state="attached")
    with page.expect_response(lambda r: r.url.endswith("/answer/check/")) as checked:
        page.type("#id_answer_text", " Решение принято.")
    assert checked.value.status == 200  # htmx posted the draft for the live check
    executor.check("answer editor")

    admin = Watched(browser, live_server, world.admin)
    admin.open(path_of("admin:index"))
    admin.check("admin index")
    admin.open(path_of("admin:appeals_appeal_changelist") + "?q=alert")
    admin.check("admin change list")
    page = admin.open(path_of("admin:appeals_appeal_change", object_id=world.answered.pk))
    assert page.locator("form#appeal_form").count() == 1
    admin.check("admin change form")
    admin.open(path_of("admin:accounts_user_change", object_id=world.officers["executor"].pk))
    admin.check("admin user form")

    page = public.open("/api/v1/docs")
    page.wait_for_selector(".swagger-ui .information-container .title")
    assert "Tyndau API" in page.inner_text(".swagger-ui .information-container .title")
    page.wait_for_selector(".swagger-ui .opblock")
    public.check("API docs")

    framing = browser.new_context().new_page()
    framing.set_content(f'<iframe src="{live_server.url}{path_of("web:home")}"></iframe>')
    framing.wait_for_timeout(1000)
    framed = framing.frames[1]
    assert "Tyndau" not in framed.content()  # the browser refused to show it in a frame
