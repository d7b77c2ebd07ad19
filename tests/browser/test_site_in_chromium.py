"""The NGC site, served from localhost, in headless Chromium: every page loads without a console
error, every internal link resolves, search finds the pending board decision, axe-core finds no
serious or critical accessibility problem, the keyboard reaches the skip link first; and the
screenshots in docs/images/ are taken of the home, a body and a meeting page."""

from __future__ import annotations

import functools
import os
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait
from tests.website.conftest import build, copy_record

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
IMAGES = REPO_ROOT / "docs" / "images"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PENDING = "/d/twg-m1-i3-pending-variant-databases/"
SHOWN = {"home": "", "body": "b/twg/", "meeting": "m/twg-m1/"}
AXE_PAGES = (
    "", "b/twg/", "b/board/", "m/twg-m1/", "m/board-m1/", PENDING.strip("/") + "/",
    "registers/decisions/", "registers/follow-ups/", "search/",
)  # fmt: skip


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Requests are not logged: the tests say what failed."""


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("browser")
    site = build(copy_record(tmp), tmp / "site")
    handler = functools.partial(QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                 f"--user-data-dir={tmp_path_factory.mktemp('profile')}"):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def _console_errors(driver: webdriver.Chrome) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def _crawl(driver: webdriver.Chrome, base: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Every page reachable from the home page, and the (page, link) pairs that do not load."""
    seen, queue, broken = {base}, [base], []
    pages: list[str] = []
    while queue:
        url = queue.pop()
        driver.get(url)
        pages.append(url)
        errors = _console_errors(driver)
        if errors:
            broken.append((url, "; ".join(errors)))
        for anchor in driver.find_elements(By.CSS_SELECTOR, "a[href], link[href], script[src]"):
            target = anchor.get_attribute("href") or anchor.get_attribute("src") or ""
            target, _ = urldefrag(urljoin(url, target))
            if not target.startswith(base) or target in seen:
                continue
            seen.add(target)
            try:
                with urllib.request.urlopen(target) as response:
                    kind = response.headers.get("Content-Type", "")
            except urllib.error.HTTPError as error:
                broken.append((url, f"{target}: {error.code}"))
                continue
            if kind.startswith("text/html"):
                queue.append(target)
    return pages, broken


def test_every_page_loads_without_console_errors_and_every_link_resolves(
    browser: webdriver.Chrome, base_url: str
) -> None:
    pages, broken = _crawl(browser, base_url)
    assert [] == broken
    assert len(pages) > 30
    assert base_url + "m/twg-m1/index.html" in pages
    assert base_url + PENDING.lstrip("/") + "index.html" in pages


def _search(browser: webdriver.Chrome, base_url: str, query: str) -> list[str]:
    """The paths of the pages the search page finds for ``query``."""
    browser.get(base_url + "search/")
    field = WebDriverWait(browser, 20).until(
        expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, "input[type=text]"))
    )
    field.send_keys(query)
    WebDriverWait(browser, 20).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")
    )
    return [
        urlsplit(a.get_attribute("href") or "").path
        for a in browser.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")
    ]


def test_search_finds_the_pending_board_decision(browser: webdriver.Chrome, base_url: str) -> None:
    assert PENDING in _search(browser, base_url, "frekvensdatabaser")
    assert [] == _console_errors(browser)


def test_search_finds_a_word_kept_together_with_its_number(
    browser: webdriver.Chrome, base_url: str
) -> None:
    """ "Pkt. 1 Velkomst" and "24. april" are joined by no-break spaces on the page; search
    still finds each word."""
    assert "/m/twg-m1/" in _search(browser, base_url, "Velkomst")
    assert any("twg-m1" in path for path in _search(browser, base_url, "24. april"))
    assert [] == _console_errors(browser)


def test_no_serious_or_critical_accessibility_violation(
    browser: webdriver.Chrome, base_url: str
) -> None:
    axe = Path(os.environ["AXE_CORE_JS"]).read_text(encoding="utf-8")
    found = []
    for page in AXE_PAGES:
        browser.get(base_url + page)
        browser.execute_script(axe)
        result = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']}).then(done);"
        )
        found += [
            (page, v["id"], v["impact"], len(v["nodes"]))
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
    assert [] == found


def test_keyboard_reaches_the_skip_link_first(browser: webdriver.Chrome, base_url: str) -> None:
    browser.get(base_url + "m/twg-m1/")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert "main" == urlsplit(active.get_attribute("href") or "").fragment
    active.send_keys(Keys.ENTER)
    assert browser.current_url.endswith("#main")


@pytest.mark.parametrize("width", [375, 1280])
def test_screenshots_of_home_body_and_meeting(
    browser: webdriver.Chrome, base_url: str, width: int
) -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    browser.set_window_size(width, 900)
    for name, page in SHOWN.items():
        browser.get(base_url + page)
        path = IMAGES / f"site-{name}-{width}.png"
        assert browser.save_screenshot(str(path))
        assert path.stat().st_size > 1000
    browser.set_window_size(1280, 900)
