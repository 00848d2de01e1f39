"""A question's views: each visitor counts at most once an hour."""

import datetime as dt

import pytest
import time_machine

from community import services
from community.models import Question
from tests.factories import ask

pytestmark = pytest.mark.django_db

START = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC)


def _views(question) -> int:
    return Question.objects.values_list("view_count", flat=True).get(pk=question.pk)


def test_first_view_by_a_visitor_is_counted():
    question = ask()
    assert services.question_record_view(question=question, visitor_key="u1") is True
    assert _views(question) == 1


def test_repeated_views_by_one_visitor_within_the_hour_count_once():
    question = ask()
    for _ in range(5):
        services.question_record_view(question=question, visitor_key="u1")
    assert _views(question) == 1


def test_different_visitors_each_count():
    question = ask()
    for key in ["u1", "u2", "v-anonymous"]:
        services.question_record_view(question=question, visitor_key=key)
    assert _views(question) == 3


def test_one_visitor_viewing_two_questions_counts_for_each():
    first, second = ask(), ask()
    services.question_record_view(question=first, visitor_key="u1")
    services.question_record_view(question=second, visitor_key="u1")
    assert (_views(first), _views(second)) == (1, 1)


def test_visitor_counts_again_once_the_hour_has_passed(local_clock_cache):
    question = ask()
    with time_machine.travel(START, tick=False) as clock:
        services.question_record_view(question=question, visitor_key="u1")
        clock.move_to(START + dt.timedelta(minutes=59))
        services.question_record_view(question=question, visitor_key="u1")
        assert _views(question) == 1
        clock.move_to(START + dt.timedelta(minutes=61))
        services.question_record_view(question=question, visitor_key="u1")
        assert _views(question) == 2


def test_reloading_the_question_page_counts_one_view(member_client):
    question = ask()
    for _ in range(3):
        assert member_client.get(question.get_absolute_url()).status_code == 200
    assert _views(question) == 1


def test_page_shows_the_view_it_just_counted(client):
    question = ask()
    assert "Viewed 1 time" in client.get(question.get_absolute_url()).text
    assert "Viewed 1 time" in client.get(question.get_absolute_url()).text


def test_visitors_on_different_browsers_count_separately(client):
    question = ask()
    client.get(question.get_absolute_url(), HTTP_USER_AGENT="Firefox")
    client.get(question.get_absolute_url(), HTTP_USER_AGENT="Firefox")
    client.get(question.get_absolute_url(), HTTP_USER_AGENT="Safari")
    client.get(question.get_absolute_url(), HTTP_USER_AGENT="Safari", REMOTE_ADDR="10.0.0.9")
    assert _views(question) == 3


def test_member_page_view_counts_again_an_hour_later(local_clock_cache, client, member):
    question = ask()
    client.force_login(member)
    with time_machine.travel(START, tick=False) as clock:
        client.get(question.get_absolute_url())
        clock.move_to(START + dt.timedelta(minutes=30))
        client.get(question.get_absolute_url())
        clock.move_to(START + dt.timedelta(hours=1, minutes=1))
        response = client.get(question.get_absolute_url())
    assert _views(question) == 2
    assert "Viewed 2 times" in response.text
