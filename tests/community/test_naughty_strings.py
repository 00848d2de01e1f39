"""Hostile input from the Big List of Naughty Strings, through every field a member types into.

Each string is either accepted and then shown back exactly as typed (escaped, so it is
text and never markup), or refused with a message; no string makes the site fail.
"""

import json
import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from community.models import Answer, Comment, Question
from tests.community.htmltree import parse, script_risks
from tests.factories import ask

pytestmark = pytest.mark.django_db

BLNS = Path(__file__).resolve().parents[1] / "testdata" / "naughty-strings" / "blns.json"
NAUGHTY = list(dict.fromkeys(json.loads(BLNS.read_text(encoding="utf-8"))))
IDS = [f"blns-{number:03d}" for number in range(len(NAUGHTY))]
naughty = pytest.mark.parametrize("text", NAUGHTY, ids=IDS)

TITLE_PADDING = " (naughty title)"
BODY_PADDING = "\n\nPadding so that the body is long enough to be accepted."
TAG_PATTERN = re.compile(r"[\w+#.-]{1,35}")


def _valid_title(text: str) -> str:
    """The string, cut to leave room for padding that keeps the title 15–150 characters."""
    return text[: 150 - len(TITLE_PADDING)] + TITLE_PADDING


def _page_is_safe(response) -> None:
    page = parse(response.text)
    own_scripts = tuple(s.get("src") for s in page.find("head").find_all("script"))
    assert script_risks(page, own_scripts=own_scripts) == []


def _textarea(page, name: str) -> str:
    return page.find("textarea", name=name).text.removeprefix("\n")


def test_the_whole_list_is_here():
    assert len(NAUGHTY) > 500
    assert "<script>alert(123)</script>" in NAUGHTY


@pytest.fixture(scope="module")
def reused_client():
    """One test client for the whole list: building a client's middleware stack (whitenoise
    indexes every static file) costs more than the requests each string needs."""
    return Client()


@naughty
def test_naughty_string_goes_through_every_field_and_is_shown_back_intact(
    reused_client, member, text
):
    reused_client.force_login(member)
    question = _ask_and_check(reused_client, text)
    _answer_comment_and_check(reused_client, question, text)
    _check_question_page(reused_client, question)
    _search_and_check(reused_client, text)


def _ask_and_check(client, text) -> Question:
    """Typed into title (cut and padded to a valid length), body and tags of the ask form.

    Title and body are stored exactly as typed. Tags are either normalised into one to five
    safe names whose pages work, or refused with a message and everything typed kept; the
    member then asks with an ordinary tag.
    """
    typed = {"title": _valid_title(text), "body": text + BODY_PADDING, "tags": text}
    response = client.post(reverse("community:question_ask"), typed)
    if response.status_code == 200:
        page = parse(response.text)
        assert page.find(role="alert") is not None
        assert page.find("div", class_="has-error").find("input", name="tags") is not None
        assert [p.text for p in page.find_all("p", class_="error")], "refused without a reason"
        assert page.find("input", name="title").get("value") == typed["title"]
        assert _textarea(page, "body") == typed["body"]
        assert not Question.objects.exists()
        response = client.post(reverse("community:question_ask"), typed | {"tags": "naughty"})
    assert response.status_code == 302, response.text

    question = Question.objects.get()
    assert question.title == typed["title"].strip()
    assert question.body == typed["body"]
    names = list(question.tags.names())
    assert 1 <= len(names) <= 5
    assert len(set(names)) == len(names)
    for name in names:
        assert TAG_PATTERN.fullmatch(name), name
        assert name == name.lower()
        tag_page = client.get(reverse("community:tag_detail", args=[name]))
        assert tag_page.status_code == 200, name
        assert escape(question.title) in tag_page.text
    return question


def _answer_comment_and_check(client, question, text) -> None:
    body = text + BODY_PADDING
    response = client.post(reverse("community:answer_create", args=[question.pk]), {"body": body})
    assert response.status_code == 302, response.text
    assert Answer.objects.get().body == body

    response = client.post(
        reverse("community:comment_create", args=["questions", question.pk]), {"body": text}
    )
    if text.strip():
        assert response.status_code == 302
        assert Comment.objects.get().body == text.strip()
    else:
        assert response.status_code == 400
        assert "This field is required." in response.text
        assert not Comment.objects.exists()


def _check_question_page(client, question) -> None:
    """The title shows as text; answer and comment carry no markup risk; the edit form gives
    back the title and body exactly as stored."""
    response = client.get(question.get_absolute_url())
    assert response.status_code == 200
    assert escape(question.title) in response.text
    page = parse(response.text)
    assert page.find("h1", id="question-title").text == question.title
    _page_is_safe(response)

    edit = parse(client.get(reverse("community:question_edit", args=[question.pk])).text)
    assert edit.find("input", name="title").get("value") == question.title
    assert _textarea(edit, "body") == question.body


def _search_and_check(client, text) -> None:
    """Typed into the search box and the tag filter: answered, and shown back as typed."""
    response = client.get(reverse("community:search"), {"q": text})
    assert response.status_code == 200
    assert parse(response.text).find("input", id="search-q").get("value") == text
    _page_is_safe(response)

    tags = client.get(reverse("community:tag_list"), {"q": text})
    assert tags.status_code == 200
    assert parse(tags.text).find("input", id="tag-filter").get("value") == text.strip()[:50]


@pytest.mark.parametrize(
    ("url", "shown_back"),
    [
        ("/search/?q=refund%20policy%00", ("input", "search-q", "refund policy")),
        ("/tags/?q=billing%00", ("input", "tag-filter", "billing")),
        ("/questions/similar/?title=cancel%20my%20subscription%00", None),
        ("/tags/billing%00/", None),
    ],
)
def test_nul_character_in_a_query_is_dropped_never_an_error(member_client, url, shown_back):
    """No stored text contains NUL, and PostgreSQL refuses it in a query; blns has none."""
    question = Question.objects.get(pk=ask(title="Cancel my subscription refund policy").pk)
    response = member_client.get(url)
    assert response.status_code in (200, 404)
    if url.startswith("/tags/billing"):
        assert response.status_code == 404
    if shown_back:
        tag, element_id, value = shown_back
        assert parse(response.text).find(tag, id=element_id).get("value") == value
    if url.startswith("/search/"):
        assert question.title in response.text
