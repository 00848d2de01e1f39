"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Playwright's own browser download is not used: the tests launch the system Chromium
(``/usr/bin/chromium``, or ``CCN_CHROMIUM``). Without it they skip, except under CI,
where a missing browser is a failure rather than a silently green run.

Every page a test opens is watched: a console error, an uncaught exception or a
Content-Security-Policy violation fails the test at teardown.
"""

import os
from pathlib import Path

import pytest

from tests.e2e.steps import DESKTOP

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to
# run there unless told it is safe (it is: the loop only waits on the browser).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path(os.environ.get("CCN_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Report CSP violations from inside the page: Chromium also logs them to the console, but
# the event carries the directive and the blocked resource.
_CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  const blocked = event.blockedURI || "inline";
  console.error(`CSP violation: ${event.violatedDirective} blocked ${blocked}`);
});
"""


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if _in_ci():
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import expect, sync_playwright

    # Room for a busy CI machine: actions and assertions wait up to 10s (not 5s).
    expect.set_options(timeout=10_000)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class PageProblems:
    """Console errors, page errors and CSP violations seen on the pages of one test."""

    def __init__(self):
        self.problems: list[str] = []

    def watch(self, page):
        def on_console(message):
            if message.type == "error":
                self.problems.append(f"{page.url}: console error: {message.text}")

        page.on("console", on_console)
        page.on("pageerror", lambda error: self.problems.append(f"{page.url}: {error}"))
        return page


@pytest.fixture
def page_problems():
    problems = PageProblems()
    yield problems
    assert not problems.problems, "\n".join(problems.problems)


@pytest.fixture
def new_page(browser, live_server, page_problems):
    """``new_page(locale="en-US", viewport=DESKTOP)``: a page in a fresh browser context.

    Each context has its own cookies, so each one is a different visitor or member.
    """
    contexts = []

    def make(*, locale="en-US", viewport=None):
        context = browser.new_context(
            base_url=live_server.url, locale=locale, viewport=viewport or DESKTOP
        )
        context.set_default_timeout(10_000)
        context.add_init_script(_CSP_LISTENER)
        contexts.append(context)
        return page_problems.watch(context.new_page())

    yield make
    for context in contexts:
        context.close()
