"""Realistic pages at a desktop width (1280px) and a phone width (390px).

Every run checks that these pages load without console errors or CSP violations and that
nothing is wider than a phone's screen. With ``CCN_SCREENSHOTS=1`` (``make screenshots``)
the full-page screenshots are written to docs/screenshots/ for the README; otherwise they
go to pytest's temporary directory.
"""

import io
import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.steps import DESKTOP, ENGLISH, PHONE, sign_in, type_title

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DOCS_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WIDTHS = {"desktop": DESKTOP, "phone": PHONE}


def _community():
    """The demo community (``seed_demo``); a few hand-made threads where it is missing.

    Returns a question with answers, a member's sign-in and a title to type on the ask page.
    """
    from django.core.management import call_command, get_commands

    from community.models import Question

    if "seed_demo" in get_commands():
        from community.demo.seed import DEMO_PASSWORD, SIGN_INS

        call_command("seed_demo", stdout=io.StringIO())
        sign_in_as = (SIGN_INS[0].email, DEMO_PASSWORD)
    else:
        sign_in_as = _hand_made_threads()
    thread = (
        Question.objects.filter(
            is_deleted=False, accepted_answer__isnull=False, accepted_answer__score__gte=0
        )
        .order_by("-answer_count", "-score")
        .first()
    )
    # Someone about to ask the same thing again, in their own words.
    words = thread.title.rstrip("?").split()
    typed = " ".join(words[: max(4, len(words) - 2)])
    return thread, sign_in_as, typed


def _hand_made_threads():
    from tests import factories

    people = [
        factories.MemberFactory(display_name=name)
        for name in ("Marta Silva", "Dev Patel", "Chloé Martin", "Sam Okafor")
    ]
    threads = [
        (
            "Why was I charged twice for my March subscription?",
            "My card statement shows two charges of 12.99 on the same day. "
            "I only have one account. Is the second one a mistake?",
            "billing subscription",
            [
                "The second line is usually a **temporary authorisation hold**. "
                "It disappears within 3–5 working days; your bank statement will then "
                "show a single charge.",
                "Same here last month, it vanished after two days.",
            ],
        ),
        (
            "The mobile app logs me out every time I close it",
            "Since the last update (4.2.1 on Android 14) I have to sign in again every "
            "time I reopen the app. Remember me is ticked.",
            "mobile-app sign-in android",
            ["Clearing the app's storage once (Settings → Apps → Storage) fixed it for me."],
        ),
        (
            "How do I export my order history as a spreadsheet?",
            "I need last year's orders for my tax return. Is there a CSV or Excel export "
            "somewhere, or do I have to copy them by hand?",
            "orders export",
            ["Open *Orders*, choose the year, then **Download → CSV**. Excel opens it fine."],
        ),
        (
            "Can I pause my subscription while I travel for two months?",
            "I will be abroad from June to August and won't use the service. "
            "I'd rather not cancel and lose my saved settings.",
            "subscription billing",
            [],
        ),
    ]
    for number, (title, body, tags, answers) in enumerate(threads):
        question = factories.ask(people[number], title=title, body=body, tags=tags)
        posted = [
            factories.answer(question, people[(number + i + 1) % len(people)], body=text)
            for i, text in enumerate(answers)
        ]
        if posted:
            from community import services

            services.answer_accept(member=people[number], answer=posted[0])
    return people[0].email, factories.PASSWORD


def _shoot(page, folder: Path, name: str):
    # The phone layout must fit the phone: nothing may scroll sideways.
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{name}: the page is {overflow}px wider than the screen"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=path, full_page=True, animations="disabled")
    if folder == DOCS_SCREENSHOTS:
        _shrink(path)


def _shrink(path: Path) -> None:
    """256 colours are plenty for a web page and make the committed PNG a third the size."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(
            colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
        )
    small.save(path, optimize=True)


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots(width, new_page, tmp_path):
    thread, (email, password), typed_title = _community()
    folder = DOCS_SCREENSHOTS if os.environ.get("CCN_SCREENSHOTS") == "1" else tmp_path
    page = new_page(viewport=WIDTHS[width])

    page.goto("/")
    expect(page.locator(".question-row").first).to_be_visible()
    _shoot(page, folder, f"home-{width}")

    # A member's view of a thread: vote buttons and the answer form.
    sign_in(page, ENGLISH, email=email, password=password)
    page.goto(thread.get_absolute_url())
    expect(page.locator("article.answer").first).to_be_visible()
    _shoot(page, folder, f"question-{width}")

    page.get_by_role("button", name=ENGLISH.ask_a_question, exact=True).click()
    type_title(page, ENGLISH, typed_title)
    expect(page.locator("#similar-questions").get_by_role("link").first).to_be_visible()
    page.locator("body").click(position={"x": 1, "y": 1})  # no focus ring in the picture
    _shoot(page, folder, f"ask-{width}")
