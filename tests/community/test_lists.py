"""Question lists: sorting, pagination, solved marks, and the tag pages."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from community import services
from community.models import Question
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask

pytestmark = pytest.mark.django_db

DAY = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
HOME = reverse("community:question_list")


def _titles(response) -> list[str]:
    page = parse(response.text)
    listing = page.find("ol", class_="question-list")
    if listing is None:
        return []
    return [row.find("h3").text.strip() for row in listing.find_all("li", class_="question-row")]


def _ask_on(day: int, title: str, tags: str = "billing") -> Question:
    with time_machine.travel(DAY + dt.timedelta(days=day), tick=False):
        return ask(title=title, tags=tags)


@pytest.fixture
def three_questions():
    """Old (answered later), middle (well voted) and new (down-voted) questions."""
    old = _ask_on(1, "Old question about billing cycles")
    middle = _ask_on(2, "Middle question about refunds")
    new = _ask_on(3, "New question about the mobile app")
    with time_machine.travel(DAY + dt.timedelta(days=4), tick=False):
        answer(old)
    for _ in range(2):
        services.vote_set(voter=MemberFactory(), post=middle, value=1)
    services.vote_set(voter=MemberFactory(), post=new, value=-1)
    return old, middle, new


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("newest", ["New", "Middle", "Old"]),
        ("active", ["Old", "New", "Middle"]),
        ("unanswered", ["New", "Middle"]),
        ("votes", ["Middle", "Old", "New"]),
    ],
)
def test_home_sorts_questions(client, three_questions, sort, expected):
    titles = _titles(client.get(HOME, {"sort": sort}))
    assert [t.split()[0] for t in titles] == expected
    current = parse(client.get(HOME, {"sort": sort}).text).find("nav", class_="sort-tabs")
    assert current.find("a", aria_current="page").get("href") == f"?sort={sort}"


def test_home_lists_newest_first_by_default_and_for_an_unknown_sort(client, three_questions):
    expected = ["New question about the mobile app", "Middle question about refunds",
                "Old question about billing cycles"]
    assert _titles(client.get(HOME)) == expected
    assert _titles(client.get(HOME, {"sort": "drop table"})) == expected


def test_solved_questions_are_marked_in_the_list(client, member):
    solved = ask(member, title="A question that has been solved")
    ask(title="A question still waiting for help")
    services.answer_accept(member=member, answer=answer(solved))
    rows = parse(client.get(HOME).text).find_all("li", class_="question-row")
    marks = {row.find("h3").text.strip(): "solved" in row.get("class").split() for row in rows}
    assert marks == {
        "A question that has been solved": True,
        "A question still waiting for help": False,
    }
    solved_row = next(r for r in rows if "solved" in r.get("class").split())
    assert "Solved." in solved_row.find("span", class_="visually-hidden").text


def test_list_shows_score_answers_views_and_tags(client, member):
    question = ask(title="How do I update my card details?", tags="billing payments")
    answer(question)
    services.vote_set(voter=member, post=question, value=1)
    client.get(question.get_absolute_url())
    row = parse(client.get(HOME).text).find("li", class_="question-row")
    stats = " ".join(row.find("div", class_="stats").text.split())
    assert stats == "1 vote 1 answer 1 view"
    tag_links = [a.get("href") for a in row.find("ul", class_="tags").find_all("a")]
    assert tag_links == [reverse("community:tag_detail", args=[name])
                         for name in ("billing", "payments")]


def test_questions_are_paginated(client, settings):
    settings.CCN_QUESTIONS_PER_PAGE = 3
    for day in range(7):
        _ask_on(day, f"Numbered question {day} about plans")
    page_titles = [_titles(client.get(HOME, {"page": n})) for n in (1, 2, 3)]
    assert [len(t) for t in page_titles] == [3, 3, 1]
    assert page_titles[0][0] == "Numbered question 6 about plans"
    assert page_titles[2] == ["Numbered question 0 about plans"]
    assert "7 questions from customers like you" in client.get(HOME).text


def test_pagination_links_keep_the_sort(client, settings):
    settings.CCN_QUESTIONS_PER_PAGE = 2
    for day in range(5):
        _ask_on(day, f"Numbered question {day} about plans")
    response = client.get(HOME, {"sort": "votes", "page": 2})
    nav = parse(response.text).find("nav", class_="pagination")
    assert nav.find("a", rel="next").get("href") == "?sort=votes&page=3"
    assert nav.find("a", rel="prev").get("href") == "?sort=votes&page=1"
    assert "Page 2 of 3" in nav.text


@pytest.mark.parametrize(("page", "expected_first"), [("99", 0), ("abc", 4), ("-1", 0)])
def test_out_of_range_or_invalid_page_falls_back_to_a_real_page(client, settings, page,
                                                                 expected_first):
    settings.CCN_QUESTIONS_PER_PAGE = 2
    for day in range(5):
        _ask_on(day, f"Numbered question {day} about plans")
    response = client.get(HOME, {"page": page})
    assert response.status_code == 200
    assert _titles(response)[0] == f"Numbered question {expected_first} about plans"


def test_twenty_questions_fit_on_the_first_page(client):
    for day in range(21):
        _ask_on(day, f"Numbered question {day} about plans")
    assert len(_titles(client.get(HOME))) == 20
    assert _titles(client.get(HOME, {"page": 2})) == ["Numbered question 0 about plans"]


def test_empty_home_says_there_are_no_questions_yet(client, db):
    assert "No questions here yet." in client.get(HOME).text


# --- tags -----------------------------------------------------------------------------


def test_tag_list_shows_each_tag_with_its_question_count_most_used_first(client):
    ask(tags="billing refunds")
    ask(tags="billing")
    ask(tags="mobile-app billing refunds")
    page = parse(client.get(reverse("community:tag_list")).text)
    items = page.find("ul", class_="tag-grid").find_all("li")
    rows = [(li.find("a").text, " ".join(li.find("span", class_="count").text.split()))
            for li in items]
    assert rows == [("billing", "3 questions"), ("refunds", "2 questions"),
                    ("mobile-app", "1 question")]


def test_tag_list_can_be_filtered(client):
    ask(tags="billing refunds mobile-app")
    page = parse(client.get(reverse("community:tag_list"), {"q": "BILL"}).text)
    assert [a.text for a in page.find("ul", class_="tag-grid").find_all("a")] == ["billing"]
    response = client.get(reverse("community:tag_list"), {"q": "nothing-like-this"})
    assert "No tags match." in response.text


def test_tag_used_only_on_deleted_questions_is_not_listed(client):
    question = ask(tags="secret-project")
    Question.objects.filter(pk=question.pk).update(is_deleted=True)
    assert "secret-project" not in client.get(reverse("community:tag_list")).text


def test_tag_page_lists_only_questions_with_that_tag(client):
    ask(title="Where is my refund for order 12?", tags="refunds billing")
    ask(title="App crashes when I open settings", tags="mobile-app")
    response = client.get(reverse("community:tag_detail", args=["refunds"]))
    assert _titles(response) == ["Where is my refund for order 12?"]
    assert "1 question" in parse(response.text).find("p", class_="lede").text
    assert parse(response.text).find("h1").find("span", class_="tag").text == "refunds"


def test_tag_page_sorts_like_the_home_page(client, three_questions):
    url = reverse("community:tag_detail", args=["billing"])
    assert [t.split()[0] for t in _titles(client.get(url, {"sort": "votes"}))] == [
        "Middle", "Old", "New"
    ]
    assert [t.split()[0] for t in _titles(client.get(url, {"sort": "unanswered"}))] == [
        "New", "Middle"
    ]


def test_tag_page_hides_deleted_questions(client):
    kept = ask(title="Where is my refund for order 12?", tags="refunds")
    gone = ask(title="Where is my refund for order 99?", tags="refunds")
    Question.objects.filter(pk=gone.pk).update(is_deleted=True)
    assert _titles(client.get(reverse("community:tag_detail", args=["refunds"]))) == [kept.title]


def test_tags_on_a_question_link_to_their_tag_pages(client):
    question = ask(title="Which languages does the SDK support?", tags="c++ c# wi-fi")
    page = parse(client.get(question.get_absolute_url()).text)
    links = page.find("article", class_="question").find("ul", class_="tags").find_all("a")
    assert sorted(a.text for a in links) == ["c#", "c++", "wi-fi"]
    for link in links:
        tag_page = client.get(link.get("href"))
        assert tag_page.status_code == 200, link.get("href")
        assert _titles(tag_page) == [question.title]
