"""Races on PostgreSQL, with real threads and connections: sweeps and claims at once."""

import threading
from datetime import timedelta

import pytest
from django.db import connection, connections
from django.utils import timezone

from community.markdown import render_post
from community.models import Question
from support.exceptions import AlreadyClaimed
from support.models import Escalation
from support.services import escalation_claim, escalation_create
from support.services.sweep import PolicyBook, due_for_escalation, escalate_due
from tests.factories import MemberFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def run_at_once(functions) -> list:
    """Run each function in its own thread and connection, released together."""
    barrier = threading.Barrier(len(functions))
    results: list = [None] * len(functions)

    def work(index, function):
        try:
            barrier.wait(timeout=30)
            results[index] = function()
        except Exception as error:  # noqa: BLE001 - handed back to the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(i, f)) for i, f in enumerate(functions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def due_questions(count: int) -> list[Question]:
    author = MemberFactory()
    asked = timezone.now() - timedelta(hours=30)
    body = "My router keeps dropping the connection every few minutes."
    return Question.objects.bulk_create(
        Question(author=author, title=f"Router drops the connection {n}", body=body,
                 body_html=render_post(body), created_at=asked, last_activity_at=asked)
        for n in range(count)
    )


def test_four_sweeps_at_once_escalate_each_of_1000_questions_exactly_once(settings):
    settings.CCN_ESCALATE_AFTER = timedelta(hours=24)
    settings.CCN_ESCALATE_LOOKBACK = timedelta(days=30)
    due_questions(1000)
    results = run_at_once([lambda: escalate_due(batch_size=50) for _ in range(4)])
    assert all(isinstance(r, int) for r in results), results
    assert sum(results) == 1000
    assert Escalation.objects.count() == 1000
    assert Escalation.objects.values("question").distinct().count() == 1000
    assert sum(1 for r in results if r > 0) > 1, f"one sweep did all the work: {results}"


def test_sweep_finds_due_questions_through_its_partial_index(settings):
    due_questions(50)
    query = due_for_escalation(PolicyBook(), timezone.now()).order_by("created_at", "pk")[:10]
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        sql, params = query.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("RESET enable_seqscan")
    assert "support_q_sweep_idx" in plan, plan


def test_two_agents_claiming_at_once_leave_one_assignee():
    [question] = due_questions(1)
    escalation = escalation_create(question=question, reason="moderator")
    ana, bruno = MemberFactory(display_name="Ana"), MemberFactory(display_name="Bruno")
    from django.contrib.auth.models import Group

    # Transactional tests may follow a flush, which takes the roles' migration data with it.
    agents, _ = Group.objects.get_or_create(name="Support agents")
    agents.user_set.add(ana, bruno)
    for _ in range(5):
        Escalation.objects.filter(pk=escalation.pk).update(state="open", assignee=None)
        results = run_at_once([
            lambda: escalation_claim(agent=ana, escalation=escalation),
            lambda: escalation_claim(agent=bruno, escalation=escalation),
        ])
        winners = [r for r in results if isinstance(r, Escalation)]
        losers = [r for r in results if isinstance(r, AlreadyClaimed)]
        assert len(winners) == 1 and len(losers) == 1, results
        assignee = Escalation.objects.get(pk=escalation.pk).assignee
        assert winners[0].assignee == assignee
        assert losers[0].assignee == assignee
        assert assignee.display_name in str(losers[0])
    assert escalation.events.filter(kind="claimed").count() == 5


def test_two_requests_at_once_open_one_escalation():
    [question] = due_questions(1)
    results = run_at_once(
        [lambda: escalation_create(question=question, reason="moderator") for _ in range(3)]
    )
    assert sum(isinstance(r, Escalation) for r in results) == 1, results
    assert Escalation.objects.filter(question=question).count() == 1
