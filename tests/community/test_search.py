"""Search over questions and answers, on whichever database the site runs."""

import pytest
from django.urls import reverse

from community.models import Question
from tests.community.htmltree import parse, script_risks
from tests.factories import answer, ask

pytestmark = pytest.mark.django_db

SEARCH = reverse("community:search")


def _titles(response) -> list[str]:
    listing = parse(response.text).find("ol", class_="question-list")
    if listing is None:
        return []
    return [row.find("h3").text.strip() for row in listing.find_all("li", class_="question-row")]


@pytest.fixture
def library():
    router = ask(title="Router keeps dropping the connection", tags="internet hardware",
                 body="Every evening the connection drops for a few minutes and comes back.")
    invoice = ask(title="Invoice shows a strange extra charge", tags="billing",
                  body="There is a line called service fee that I never agreed to pay.")
    app = ask(title="Mobile app will not open after update", tags="mobile-app",
              body="Since yesterday the application closes itself immediately on start.")
    answer(app, body="Reinstalling fixed it: the firmware cache was corrupted.")
    return router, invoice, app


def test_search_finds_a_question_by_a_word_in_its_title(client, library):
    assert _titles(client.get(SEARCH, {"q": "router"})) == [library[0].title]


def test_search_finds_a_question_by_a_word_in_its_body(client, library):
    assert _titles(client.get(SEARCH, {"q": "agreed"})) == [library[1].title]


def test_search_finds_a_question_by_the_text_of_its_answers(client, library):
    assert _titles(client.get(SEARCH, {"q": "firmware"})) == [library[2].title]


def test_search_needs_every_word_to_match(client, library):
    assert _titles(client.get(SEARCH, {"q": "invoice router"})) == []
    assert _titles(client.get(SEARCH, {"q": "invoice charge"})) == [library[1].title]


def test_tag_filter_limits_results_to_that_tag(client, library):
    ask(title="Router login page does not load", tags="billing",
        body="The router admin page times out when I try to see my bill.")
    titles = _titles(client.get(SEARCH, {"q": "router [hardware]"}))
    assert titles == [library[0].title]


def test_tag_filter_alone_lists_that_tags_questions(client, library):
    assert _titles(client.get(SEARCH, {"q": "[Mobile_App]"})) == [library[2].title]
    assert _titles(client.get(SEARCH, {"q": "[no-such-tag]"})) == []


def test_several_tag_filters_must_all_match(client, library):
    assert _titles(client.get(SEARCH, {"q": "[internet] [hardware]"})) == [library[0].title]
    assert _titles(client.get(SEARCH, {"q": "[internet] [billing]"})) == []


def test_search_shows_how_many_results_and_for_what(client, library):
    lede = parse(client.get(SEARCH, {"q": "router"}).text).find("p", class_="lede")
    assert lede.text == "1 result for “router”"


def test_search_without_matches_says_so(client, library):
    response = client.get(SEARCH, {"q": "teleportation"})
    assert response.status_code == 200
    assert "Nothing matched. Try other words, or ask the community." in response.text


def test_empty_search_shows_only_the_form(client, library):
    response = client.get(SEARCH)
    assert response.status_code == 200
    assert _titles(response) == []
    assert parse(response.text).find("input", id="search-q").get("value") == ""


def test_deleted_questions_are_not_found(client, library):
    Question.objects.filter(pk=library[0].pk).update(is_deleted=True)
    assert _titles(client.get(SEARCH, {"q": "router"})) == []


def test_search_words_are_shown_back_escaped(client, library):
    typed = '"><script>alert(1)</script> router'
    response = client.get(SEARCH, {"q": typed})
    assert response.status_code == 200
    page = parse(response.text)
    assert page.find("input", id="search-q").get("value") == typed
    assert script_risks(page.find("main")) == []
    assert "&lt;script&gt;" in response.text


def test_very_long_search_is_cut_short_not_refused(client, library):
    response = client.get(SEARCH, {"q": "router " * 200})
    assert response.status_code == 200


def test_search_results_are_paginated(client, settings):
    settings.CCN_QUESTIONS_PER_PAGE = 2
    for n in range(3):
        ask(title=f"Voucher code number {n} is not accepted", tags="vouchers")
    first = client.get(SEARCH, {"q": "voucher"})
    assert len(_titles(first)) == 2
    next_link = parse(first.text).find("a", rel="next").get("href")
    assert next_link == "?q=voucher&page=2"
    assert len(_titles(client.get(SEARCH + next_link))) == 1


@pytest.mark.postgres
def test_a_search_matching_more_than_it_ranks_says_so(client, monkeypatch):
    from community import search

    monkeypatch.setattr(search, "SEARCH_CANDIDATES", 2)
    for number in range(3):
        ask(title=f"Roaming charges on my invoice, case {number}")
    response = client.get(reverse("community:search"), {"q": "roaming"})
    assert "The 2 most recently active questions for “roaming”" in response.text
    assert len(parse(response.text).find_all("li", class_="question-row")) == 2
