"""Badges are awarded by Celery on the events that earn them, and by a periodic sweep."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from ccn.celery import app
from community import services
from community.models import Notification, Question
from reputation import tasks
from reputation.models import Award, VisitDay
from tests.factories import MemberFactory, answer, ask, comment, committed, vote

pytestmark = pytest.mark.django_db


def _badges(member) -> set[str]:
    return set(Award.objects.filter(user=member).values_list("badge", flat=True))


def test_a_vote_queues_a_badge_check_for_the_voter_and_the_author(celery_queue):
    reply, fan = answer(), MemberFactory()
    with committed():
        vote(reply, fan)
    checks = [args for task, args, _ in celery_queue.sent if task.name == tasks.award_badges.name]
    assert checks == [(sorted([fan.pk, reply.author_id]),)]


def test_voter_and_author_earn_their_badges_when_the_worker_runs_and_are_told(deliver):
    reply, fan = answer(), MemberFactory()
    with deliver():
        vote(reply, fan)
    assert _badges(fan) == {"supporter"}
    assert _badges(reply.author) == {"teacher"}
    told = Notification.objects.get(recipient=fan, kind="badge_earned")
    assert told.subject == "Supporter"
    assert told.url == reverse("reputation:badge_detail", args=["supporter"])


def test_accepting_earns_the_asker_scholar(deliver):
    reply = answer()
    with deliver():
        services.answer_accept(member=reply.question.author, answer=reply)
    assert "scholar" in _badges(reply.question.author)


def test_the_tenth_comment_earns_commentator(deliver):
    member, question = MemberFactory(), ask()
    with deliver():
        for number in range(9):
            comment(question, member, body=f"Comment {number}, with some words.")
    assert "commentator" not in _badges(member)
    with deliver():
        comment(question, member, body="The tenth comment, at last.")
    assert "commentator" in _badges(member)


def test_a_first_edit_earns_editor(deliver):
    question = ask()
    with deliver():
        services.question_edit(
            editor=question.author, question=question, title=question.title,
            body=question.body + " It is the yearly plan.", tags="billing",
        )
    assert _badges(question.author) == {"editor"}


def test_the_sweep_awards_what_no_event_announced():
    question = ask()
    Question.objects.filter(pk=question.pk).update(score=12)  # e.g. an event lost in a crash
    assert tasks.sweep_badges() == 2
    assert _badges(question.author) == {"student", "nice-question"}
    assert tasks.sweep_badges() == 0


def test_beat_runs_the_sweep_every_hour(settings):
    app.loader.import_default_modules()
    entry = settings.CELERY_BEAT_SCHEDULE["reputation-badge-sweep"]
    assert entry == {"task": "reputation.tasks.sweep_badges", "schedule": 3600.0}
    assert entry["task"] in app.tasks


# --- visits, for Enthusiast -----------------------------------------------------------


def _queued_visits(celery_queue) -> list[tuple]:
    return [args for task, args, _ in celery_queue.sent if task.name == tasks.record_visit.name]


def test_a_signed_in_visit_is_queued_once_a_day_in_the_members_time_zone(
    client, celery_queue, local_clock_cache
):
    member = MemberFactory(time_zone="America/Sao_Paulo")
    client.force_login(member)
    late_evening = datetime.datetime(2025, 3, 10, 23, 30, tzinfo=member.tzinfo)  # 02:30 UTC
    with time_machine.travel(late_evening), committed():
        client.get("/")
        client.get("/")
    with time_machine.travel(late_evening + datetime.timedelta(hours=1)), committed():
        client.get("/")
    assert _queued_visits(celery_queue) == [
        (member.pk, "2025-03-10"), (member.pk, "2025-03-11")
    ]


def test_visitors_who_are_not_signed_in_are_not_counted(client, celery_queue):
    with committed():
        client.get("/")
    assert _queued_visits(celery_queue) == []


def test_the_thirtieth_day_in_a_row_earns_enthusiast(deliver, celery_queue):
    member = MemberFactory()
    start = datetime.date(2025, 1, 1)
    for offset in range(29):
        VisitDay.objects.create(user=member, day=start + datetime.timedelta(days=offset))
    with time_machine.travel(datetime.datetime(2025, 1, 30, 12, tzinfo=datetime.UTC)), deliver():
        assert tasks.record_visit(member.pk, "2025-01-30") is True
        assert tasks.record_visit(member.pk, "2025-01-30") is False
    assert _badges(member) == {"enthusiast"}
