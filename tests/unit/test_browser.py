"""The HTML report in a real browser: Debian's chromium driven by Playwright.

The page is opened from a file with every network request refused and counted; the test
filters, searches, expands and collapses, and asserts what is visible. With scripts off the
page must still be complete. ``.ci/run`` installs chromium where it is missing; the tests skip,
saying why, only where no browser can be had. ``SANCTIONS_SCREENSHOTS=DIR`` keeps screenshots.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sanctions_engine import Decision, Engine, apply_decisions

pytestmark = pytest.mark.usefixtures("core_by_default")

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
HOSTILE = Path(__file__).resolve().parents[2] / "fixtures" / "events" / "hostile_markup.jsonl"


def _chromium() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="playwright is not installed (pip install playwright)")
    path = _chromium()
    if path is None:
        pytest.skip("no chromium binary (apt-get install -y chromium; .ci/run does it)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _report_page(engine: Engine, sample_events: list[dict[str, Any]], target: Path) -> Path:
    hostile = [json.loads(line) for line in HOSTILE.read_text(encoding="utf-8").splitlines()
               if line]
    extra = {"id": "h3", "type": "transfer", "date": "2018-03-01", "origin": "KP",
             "destination": "CN", "description": "<img src=x onerror=window.__xss=1> "
             "[x](javascript:window.__xss=2)",
             "parties": [{"role": "buyer", "name": "<script>window.__xss=3</script>"}],
             "items": [{"category": "coal", "quantity": 10, "unit": "t"}]}
    report = engine.check([*sample_events, *hostile, extra])
    first = report.findings[0]
    report = apply_decisions(report, [Decision(finding=first.id, decision="dismissed",
                                               by="a.analyst", on=date(2024, 1, 5),
                                               why="other vessel")], date(2024, 2, 1))
    target.write_text(report.render("html"), encoding="utf-8")
    return target


@pytest.fixture()
def html_page(engine: Engine, sample_events: list[dict[str, Any]], tmp_path: Path) -> Path:
    return _report_page(engine, sample_events, tmp_path / "report.html")


def _open(browser: Any, path: Path, scripts: bool = True) -> tuple[Any, Any, list[str]]:
    context = browser.new_context(java_script_enabled=scripts,
                                  viewport={"width": 1300, "height": 1000})
    outside: list[str] = []

    def refuse(route: Any) -> None:
        if not route.request.url.startswith("file://"):
            outside.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", refuse)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    return context, page, errors + outside


def _shot(page: Any, name: str) -> None:
    folder = os.environ.get("SANCTIONS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def test_filters_search_and_expand_in_a_browser(browser: Any, html_page: Path) -> None:
    context, page, problems = _open(browser, html_page)
    try:
        assert page.locator("#filters").is_visible()
        total = page.locator(".finding").count()
        assert total > 5 and page.locator(".finding:visible").count() == total
        assert page.locator("svg#chart-severity rect.bar").count() >= 2  # charts present
        assert page.locator("svg#chart-regime, svg#chart-month, svg#chart-rules").count() == 3
        assert page.locator("nav.toc a").count() >= 3
        _shot(page, "overview")

        page.select_option("#f-severity", "review")
        visible = page.locator(".finding:visible")
        assert 0 < visible.count() < total
        assert all(v == "review" for v in visible.evaluate_all(
            "els => els.map(e => e.dataset.severity)"))
        assert page.inner_text("#shown") == f"{visible.count()} of {total} shown"
        _shot(page, "filtered-review")

        page.select_option("#f-severity", "exempted")
        assert page.locator(".finding:visible").count() > 0
        assert page.locator(".exempted-event:visible").count() > 0
        assert page.locator(".event:not(.exempted-event):visible").count() == 0
        page.select_option("#f-severity", "")

        page.select_option("#f-decision", "dismissed")
        assert page.locator(".finding:visible").count() == 1
        assert "DISMISSED" in page.locator(".finding:visible summary").inner_text()
        page.select_option("#f-decision", "")

        page.select_option("#f-rule", "dprk.coal.export")
        assert all(r == "dprk.coal.export" for r in page.locator(".finding:visible")
                   .evaluate_all("els => els.map(e => e.dataset.rule)"))
        page.select_option("#f-rule", "")

        page.fill("#f-text", "onerror=window.__xss")  # the event's text, found as text
        assert page.locator(".finding:visible").count() >= 1
        page.fill("#f-text", "no such text anywhere")
        assert page.locator(".finding:visible").count() == 0
        page.fill("#f-text", "")

        page.click("#expand")
        assert page.locator("details[open]").count() == page.locator("details").count()
        _shot(page, "expanded")
        page.click("#collapse")
        assert page.locator("details[open]").count() == 0

        # Escaped everywhere: no element came from the input, no script of it ran.
        assert page.locator("img").count() == 0
        assert page.evaluate("() => window.__xss === undefined")
        assert page.locator("text=<img src=x onerror=window.__xss=1>").count() >= 1
        assert problems == []  # no script error, nothing fetched
    finally:
        context.close()


def test_readable_with_scripts_off(browser: Any, html_page: Path) -> None:
    context, page, problems = _open(browser, html_page, scripts=False)
    try:
        assert not page.locator("#filters").is_visible()  # no dead controls
        assert page.locator(".finding").count() > 5
        assert page.locator(".facts").first.is_visible()  # the event's facts beside it
        page.locator("details.finding summary").first.click()  # details open without script
        assert page.locator("details[open]").count() == 1
        assert page.locator("svg#chart-rules").is_visible()
        _shot(page, "scripts-off")
        assert problems == []
    finally:
        context.close()
