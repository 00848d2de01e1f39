"""Each page costs a fixed number of queries, however many answers, comments or rows it shows.

Two measures:

- the page itself (view, selectors, template), called with a signed-in member's request:
  pinned to a budget with django_assert_max_num_queries;
- the whole request through every middleware, as the browser sends it: the same count for a
  short page and a long one, so no loop anywhere adds a query per row.

A whole signed-in request also pays a fixed amount of bookkeeping before the page runs
(session, member, allauth's session tracking, and in tests the savepoints of its
transaction); ``SIGNED_IN_BOOKKEEPING`` pins that separately.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse

from community import services
from community.models import Question, User
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask, comment, vote

pytestmark = pytest.mark.django_db

QUESTION_PAGE_BUDGET = 13  # 12, and one for support's official-answer marks
LIST_PAGE_BUDGET = 10
SIGNED_IN_BOOKKEEPING = 8
TAGS = ["billing", "refunds", "mobile-app", "internet", "invoices", "plans", "roaming"]


def _call_page(url: str, member: User | None):
    """Run the page for ``url`` as ``member`` would see it, without the middleware.

    A fresh copy of the member is loaded first, as each request loads its own.
    """
    request = RequestFactory().get(url)
    request.user = User.objects.get(pk=member.pk) if member else AnonymousUser()
    request.session = SessionStore()
    match = resolve(request.path_info)
    return match.func(request, *match.args, **match.kwargs)


def _request_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def _question_with_answers(count: int, viewer: User) -> Question:
    """A solved question with ``count`` answers, each commented on and voted on, also by
    the viewer, and comments and votes on the question itself."""
    asker, voters = MemberFactory(), MemberFactory.create_batch(2)
    question = ask(asker, tags="billing refunds invoices")
    comment(question)
    comment(question, viewer)
    vote(question, viewer)
    for number in range(count):
        reply = answer(question, viewer if number == 0 else None)
        comment(reply)
        comment(reply, viewer)
        vote(reply, voters[0])
        vote(reply, voters[1], value=-1)
        if number:
            vote(reply, viewer)
    services.answer_accept(member=asker, answer=reply)
    return Question.objects.get(pk=question.pk)


def _questions(count: int) -> None:
    for number in range(count):
        question = ask(tags=" ".join(TAGS[number % 5: number % 5 + 3]))
        if number % 3 == 0:
            services.answer_accept(member=question.author, answer=answer(question))


# --- question page --------------------------------------------------------------------


def test_question_page_costs_the_same_with_1_or_50_answers_within_budget(
    member, django_assert_max_num_queries
):
    short = _question_with_answers(1, member)
    long = _question_with_answers(50, member)
    counts = []
    for question in (short, long):
        with django_assert_max_num_queries(QUESTION_PAGE_BUDGET) as captured:
            response = _call_page(question.get_absolute_url(), member)
        assert response.status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]
    assert Question.objects.get(pk=long.pk).view_count == 1  # the view was counted


def test_question_page_request_costs_the_same_with_1_or_50_answers(
    client, member, django_assert_num_queries
):
    short = _question_with_answers(1, member)
    long = _question_with_answers(50, member)
    client.force_login(member)
    client.get(reverse("community:question_list"))  # the session is established
    short_count = _request_queries(client, short.get_absolute_url())
    with django_assert_num_queries(short_count):
        response = client.get(long.get_absolute_url())
    assert len(parse(response.text).find_all("article", class_="answer")) == 50


def test_question_page_for_a_visitor_costs_the_same_with_1_or_50_answers(
    client, member, django_assert_max_num_queries
):
    page_counts, request_counts = [], []
    for question in (_question_with_answers(1, member), _question_with_answers(50, member)):
        with django_assert_max_num_queries(QUESTION_PAGE_BUDGET) as captured:
            _call_page(question.get_absolute_url(), None)
        page_counts.append(len(captured.captured_queries))
        request_counts.append(_request_queries(client, question.get_absolute_url()))
    assert page_counts[0] == page_counts[1]
    assert request_counts[0] == request_counts[1]


def test_signed_in_request_bookkeeping_is_a_fixed_few_queries(client, member):
    question = _question_with_answers(3, member)
    client.force_login(member)
    whole = _request_queries(client, question.get_absolute_url())
    cache.clear()  # count the view again, as the whole request did
    with CaptureQueriesContext(connection) as page:
        _call_page(question.get_absolute_url(), member)
    assert whole - len(page.captured_queries) <= SIGNED_IN_BOOKKEEPING


# --- lists ----------------------------------------------------------------------------


QUESTION_ROWS = ("li", "question-row")


@pytest.mark.parametrize(
    ("url", "row", "expected_rows"),
    [
        (reverse("community:question_list"), QUESTION_ROWS, 20),
        (reverse("community:question_list") + "?sort=votes", QUESTION_ROWS, 20),
        (reverse("community:question_list") + "?sort=active&page=2", QUESTION_ROWS, 5),
        (reverse("community:question_list") + "?sort=unanswered", QUESTION_ROWS, 16),
        (reverse("community:tag_detail", args=["refunds"]), QUESTION_ROWS, 10),
        (reverse("community:search") + "?q=plan", QUESTION_ROWS, 20),
        (reverse("community:search") + "?q=plan+[billing]", QUESTION_ROWS, 5),
        (reverse("community:tag_list"), ("span", "count"), 7),
        (reverse("reputation:user_list"), ("span", "rep"), 35),
    ],
)
def test_list_page_with_many_rows_stays_within_budget(
    member, django_assert_max_num_queries, url, row, expected_rows
):
    _questions(25)
    with django_assert_max_num_queries(LIST_PAGE_BUDGET):
        response = _call_page(url, member)
    assert response.status_code == 200
    tag, css_class = row
    main = parse(response.content.decode()).find("main")
    assert len(main.find_all(tag, class_=css_class)) == expected_rows


@pytest.mark.parametrize(
    "url",
    [
        reverse("community:question_list"),
        reverse("community:tag_detail", args=["billing"]),
        reverse("community:search") + "?q=plan",
        reverse("community:tag_list"),
    ],
)
def test_list_request_costs_the_same_with_3_or_25_questions(client, member, url):
    client.force_login(member)
    _questions(3)
    client.get(url)  # the session is established
    cache.clear()  # both measures render the list, none reads it from the cache
    few = _request_queries(client, url)
    _questions(22)
    cache.clear()
    assert _request_queries(client, url) == few


def test_member_profile_costs_the_same_however_much_they_wrote(
    member, django_assert_max_num_queries
):
    author = MemberFactory()
    ask(author)
    with CaptureQueriesContext(connection) as little:
        _call_page(author.get_absolute_url(), member)
    for _ in range(12):
        question = ask(author, tags="billing refunds")
        answer(question, author)
        answer(ask(), author)
    with django_assert_max_num_queries(len(little.captured_queries)):
        response = _call_page(author.get_absolute_url(), member)
    assert response.status_code == 200
