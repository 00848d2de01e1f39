"""The journey CONTRACT.md's "Done when" describes, in English and in Brazilian Portuguese.

A newcomer signs up, confirms their email and asks (similar questions show up while they
type the title); another member answers; the asker, too new to up-vote, is told so in place
and accepts the answer; a regular up-votes it in place; search finds the question.
"""

from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from tests.e2e.steps import (
    ENGLISH,
    PORTUGUESE,
    Words,
    answer_article,
    choose_language,
    confirm_email,
    confirmation_link,
    sign_in,
    sign_up,
    type_title,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

NEWCOMER_PASSWORD = "quiet-Lantern-harbour-58"


@dataclass(frozen=True)
class Story:
    language: str  # the code the footer's language form sends
    locale: str  # the browser's own language (Accept-Language)
    words: Words
    existing_title: str
    existing_body: str
    title: str
    body: str
    tags: str
    answer: str
    search_for: str


STORIES = {
    "en": Story(
        language="en",
        locale="en-US",
        words=ENGLISH,
        existing_title="How do I change the billing address on my invoices?",
        existing_body="My company moved offices and the old address still shows on invoices.",
        title="How can I change the billing address for my account?",
        body="I moved house last month and my receipts still show the old street name.",
        tags="billing account",
        answer="Open Settings, then Billing, and edit the address under Payment details.",
        search_for="receipts street",
    ),
    "pt-br": Story(
        language="pt-br",
        locale="pt-BR",
        words=PORTUGUESE,
        existing_title="Como altero o endereço de cobrança nas minhas faturas?",
        existing_body="Minha empresa mudou de escritório e o endereço antigo ainda aparece.",
        title="Como posso alterar o endereço de cobrança da minha conta?",
        body="Mudei de casa no mês passado e os recibos ainda mostram a rua antiga.",
        tags="cobranca conta",
        answer="Abra Configurações, depois Cobrança, e edite o endereço em Pagamento.",
        search_for="recibos rua",
    ),
}


@pytest.mark.parametrize("language", STORIES)
def test_newcomer_asks_member_answers_asker_accepts(language, new_page):
    from tests import factories

    story = STORIES[language]
    words = story.words
    existing = factories.ask(
        title=story.existing_title, body=story.existing_body, tags=story.tags
    )  # the tags exist: a newcomer cannot create new ones
    helper = factories.MemberFactory(display_name="Bruno Helper")
    regular = factories.MemberFactory(display_name="Carla Regular", reputation=120)
    email = f"newcomer-{language}@example.com"

    # A newcomer picks the language in the footer and signs up.
    asker = new_page(locale="en-US")
    asker.goto("/")
    if story.language != "en":
        choose_language(asker, story.language)
    sign_up(asker, email=email, display_name="Ana Newcomer", password=NEWCOMER_PASSWORD)

    # The verification email arrives; following its link and confirming signs them in.
    confirm_email(asker, words, confirmation_link(email))
    expect(asker.locator(".member-menu summary")).to_contain_text("Ana Newcomer")

    # They ask from the header; while they type the title, the similar question shows up.
    asker.get_by_role("button", name=words.ask_a_question, exact=True).click()
    type_title(asker, words, story.title)
    suggestions = asker.locator("#similar-questions")
    expect(suggestions.get_by_role("link", name=existing.title)).to_be_visible()
    asker.get_by_label(words.body, exact=True).fill(story.body)
    asker.get_by_label(words.tags, exact=True).fill(story.tags)
    with asker.expect_navigation():
        asker.get_by_role("button", name=words.post_your_question, exact=True).click()
    expect(asker.get_by_role("heading", level=1)).to_have_text(story.title)
    question_url = asker.url

    # Another member signs in and answers.
    other = new_page(locale=story.locale)
    other.goto(question_url)
    sign_in(other, words, email=helper.email, password=factories.PASSWORD)
    other.locator("form.post-form textarea[name=body]").fill(story.answer)
    with other.expect_navigation():
        other.get_by_role("button", name=words.post_your_answer, exact=True).click()
    expect(answer_article(other, "Bruno Helper")).to_contain_text(story.answer)

    # The asker signs in again on another device. Too new to up-vote, they are told so in
    # place; they accept the answer.
    asker = new_page(locale=story.locale)
    asker.goto(question_url)
    sign_in(asker, words, email=email, password=NEWCOMER_PASSWORD)
    answer = answer_article(asker, "Bruno Helper")
    expect(answer.locator(".vote .score")).to_have_text("0")
    answer.get_by_role("button", name=words.upvote, exact=True).click()
    expect(answer.get_by_role("alert")).to_contain_text(words.upvote_needs)
    expect(answer.locator(".vote .score")).to_have_text("0")
    with asker.expect_navigation():
        answer.get_by_role("button", name=words.accept_this_answer, exact=True).click()
    answer = answer_article(asker, "Bruno Helper")
    expect(answer).to_contain_text(words.accepted_answer)

    # A regular member up-votes the answer in place.
    voter = new_page(locale=story.locale)
    voter.goto(question_url)
    sign_in(voter, words, email=regular.email, password=factories.PASSWORD)
    answer = answer_article(voter, "Bruno Helper")
    score = answer.locator(".vote .score")
    voter.evaluate("window.__notReloaded = true")
    answer.get_by_role("button", name=words.upvote, exact=True).click()
    expect(score).to_have_text("1")
    expect(answer.get_by_role("button", name=words.upvote, exact=True)).to_have_attribute(
        "aria-pressed", "true"
    )
    assert voter.evaluate("window.__notReloaded === true"), "the vote reloaded the page"

    # Anyone can find the question with the header's search box.
    visitor = new_page(locale=story.locale)
    visitor.goto("/")
    visitor.get_by_role("searchbox").fill(story.search_for)
    with visitor.expect_navigation():
        visitor.get_by_role("button", name=words.search, exact=True).click()
    expect(visitor.get_by_role("link", name=story.title)).to_be_visible()
