"""What a person does in the browser, written once for the journeys and the screenshots.

Buttons and fields are found by role and accessible name, in the page's language: the
``Words`` for each language are the names CONTRACT.md promises (and their translations).
"""

import re
import time
from dataclasses import dataclass

from playwright.sync_api import Page, expect

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


@dataclass(frozen=True)
class Words:
    ask_a_question: str
    post_your_question: str
    post_your_answer: str
    upvote: str
    downvote: str
    accept_this_answer: str
    accepted_answer: str
    search: str
    title: str
    body: str
    tags: str
    sign_in: str
    confirm: str  # allauth's own translation
    upvote_needs: str  # the start of the refusal a newcomer's up-vote gets


ENGLISH = Words(
    ask_a_question="Ask a question",
    post_your_question="Post your question",
    post_your_answer="Post your answer",
    upvote="Upvote",
    downvote="Downvote",
    accept_this_answer="Accept this answer",
    accepted_answer="Accepted answer",
    search="Search",
    title="Title",
    body="Body",
    tags="Tags",
    sign_in="Sign in",
    confirm="Confirm",
    upvote_needs="Up-voting needs 15 reputation; you have 1.",
)
PORTUGUESE = Words(
    ask_a_question="Faça uma pergunta",
    post_your_question="Publicar pergunta",
    post_your_answer="Publicar resposta",
    upvote="Votar a favor",
    downvote="Votar contra",
    accept_this_answer="Aceitar esta resposta",
    accepted_answer="Resposta aceita",
    search="Buscar",
    title="Título",
    body="Descrição",
    tags="Tags",
    sign_in="Entrar",
    confirm="Confirmar",
    upvote_needs="Votar a favor exige 15 de reputação; você tem 1.",
)

_CONFIRM_LINK = re.compile(r"https?://\S+?/accounts/confirm-email/[^/\s]+/")


def confirmation_link(email: str, timeout: float = 10) -> str:
    """The email-confirmation link sent to ``email``.

    The live server runs in threads of this process, so its locmem email backend fills
    this process's ``django.core.mail.outbox``.
    """
    from django.core import mail

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for message in reversed(mail.outbox):
            if email in message.to:
                match = _CONFIRM_LINK.search(message.body)
                assert match, f"no confirmation link in:\n{message.body}"
                return match.group(0)
        time.sleep(0.1)
    raise AssertionError(f"no email to {email}; outbox holds mail to {[m.to for m in mail.outbox]}")


def choose_language(page: Page, code: str) -> None:
    """Switch language with the footer's language form."""
    footer = page.locator("footer form.language")
    footer.locator("select[name=language]").select_option(code)
    with page.expect_navigation():
        footer.locator("button[type=submit]").click()
    expect(page.locator("html")).to_have_attribute("lang", code)


def sign_up(page: Page, *, email: str, display_name: str, password: str) -> None:
    """Fill allauth's sign-up form (email, display name, password twice, the policies accepted)
    and send it."""
    page.goto("/accounts/signup/")
    form = page.locator("form:has(input[name=password2])")
    form.locator("input[name=email]").fill(email)
    form.locator("input[name=display_name]").fill(display_name)
    form.locator("input[name=password1]").fill(password)
    form.locator("input[name=password2]").fill(password)
    form.locator("input[name=accept_policies]").check()
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))


def confirm_email(page: Page, words: Words, link: str) -> None:
    page.goto(link)
    with page.expect_navigation():
        page.get_by_role("button", name=words.confirm, exact=True).click()


def sign_in(page: Page, words: Words, *, email: str, password: str) -> None:
    """Sign in through the header link, coming back to the page we were on."""
    came_from = page.url
    page.get_by_role("link", name=words.sign_in, exact=True).click()
    form = page.locator("form:has(input[name=password])")
    form.locator("input[name=login]").fill(email)
    form.locator("input[name=password]").fill(password)
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    expect(page).to_have_url(came_from)


def type_title(page: Page, words: Words, title: str) -> None:
    """Type a question title key by key, as a person does, so suggestions are fetched."""
    page.get_by_label(words.title, exact=True).press_sequentially(title, delay=15)


def answer_article(page: Page, display_name: str):
    return page.locator("article.answer", has=page.get_by_role("link", name=display_name))
