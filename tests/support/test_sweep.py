"""The ladder's escalation rungs, with the clock moved: when a question reaches support."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command

from community import services as community
from community.models import Question
from support.models import Escalation, EscalationEvent, Priority, SolvedNudge
from support.services import escalation_return, escalation_sweep
from tests.factories import answer, ask

from .clock import T0, at, sweep
from .conftest import policy

pytestmark = pytest.mark.django_db


def escalations_of(question):
    return list(Escalation.objects.filter(question=question))


def test_unanswered_question_is_not_escalated_before_its_time(question):
    result = sweep(hours=23, minutes=59)
    assert result.escalated == 0
    assert escalations_of(question) == []


def test_unanswered_question_is_escalated_after_escalate_after(question):
    result = sweep(hours=24)
    assert result.escalated == 1
    [escalation] = escalations_of(question)
    assert escalation.reason == Escalation.Reason.NO_ANSWER
    assert escalation.state == Escalation.State.OPEN
    assert escalation.priority == Priority.NORMAL
    assert escalation.policy is None
    assert escalation.created_at == T0 + timedelta(hours=24)
    assert escalation.first_response_due_at == T0 + timedelta(hours=28)
    assert escalation.resolution_due_at == T0 + timedelta(hours=48)
    [event] = escalation.events.all()
    assert (event.kind, event.actor, event.state) == ("created", None, "open")


def test_answered_question_waits_for_escalate_unaccepted_after(question):
    with at(hours=2):
        answer(question)
    assert sweep(hours=24).escalated == 0
    assert sweep(hours=71, minutes=59).escalated == 0
    assert sweep(hours=72).escalated == 1
    [escalation] = escalations_of(question)
    assert escalation.reason == Escalation.Reason.NO_ACCEPTED_ANSWER


def test_escalate_after_comes_from_settings(settings, question):
    settings.CCN_ESCALATE_AFTER = timedelta(seconds=90)
    assert sweep(seconds=89).escalated == 0
    assert sweep(seconds=90).escalated == 1


def test_question_with_an_accepted_answer_is_never_escalated(asker, question):
    with at(hours=1):
        community.answer_accept(member=asker, answer=answer(question))
    assert sweep(hours=100).escalated == 0


def test_deleted_question_is_never_escalated(question):
    Question.objects.filter(pk=question.pk).update(is_deleted=True)
    assert sweep(hours=100).escalated == 0


def test_question_escalated_once_is_not_escalated_again_by_the_sweep(question, support_agent):
    sweep(hours=24)
    [escalation] = escalations_of(question)
    with at(hours=25):
        escalation_return(agent=support_agent, escalation=escalation)
    assert sweep(hours=200).escalated == 0
    assert len(escalations_of(question)) == 1


def test_running_the_sweep_twice_escalates_nothing_more(question):
    assert sweep(hours=30).escalated == 1
    assert sweep(hours=30).escalated == 0
    assert sweep(hours=31).escalated == 0
    assert Escalation.objects.count() == 1


def test_sweep_catches_up_after_an_outage_without_doubles(asker):
    """Nothing ran for three days: one sweep escalates everything due, each question once."""
    with at():
        unanswered = [ask(asker, tags="wifi") for _ in range(3)]
        answered = ask(asker, tags="wifi")
    with at(hours=1):
        answer(answered)
    assert sweep(hours=80).escalated == 4
    reasons = dict(Escalation.objects.values_list("question_id", "reason"))
    assert reasons == {
        **{q.pk: "no_answer" for q in unanswered}, answered.pk: "no_accepted_answer"
    }


def test_questions_older_than_the_lookback_are_left_alone(settings, question):
    settings.CCN_ESCALATE_LOOKBACK = timedelta(days=2)
    assert sweep(hours=49).escalated == 0


def test_sweep_works_in_batches(settings, asker):
    settings.CCN_ESCALATION_BATCH_SIZE = 2
    with at():
        for _ in range(5):
            ask(asker, tags="wifi")
    assert sweep(hours=24).escalated == 5
    assert EscalationEvent.objects.filter(kind="created").count() == 5


# --- per-tag SLA policies ---------------------------------------------------------------


def test_tag_policy_escalates_sooner_with_its_priority_and_targets(asker):
    billing = policy(
        "billing", escalate_after=timedelta(hours=2), priority=Priority.HIGH,
        first_response_target=timedelta(minutes=30), resolution_target=timedelta(hours=8),
    )
    with at():
        urgent = ask(asker, tags="billing")
        ordinary = ask(asker, tags="wifi")
    assert sweep(hours=1, minutes=59).escalated == 0
    assert sweep(hours=2).escalated == 1
    [escalation] = escalations_of(urgent)
    assert escalation.priority == Priority.HIGH
    assert escalation.policy == billing
    assert escalation.first_response_due_at == T0 + timedelta(hours=2, minutes=30)
    assert escalation.resolution_due_at == T0 + timedelta(hours=10)
    assert escalations_of(ordinary) == []


def test_tag_policy_can_give_a_tag_more_time_than_the_default(asker):
    policy("feature-request", escalate_after=timedelta(hours=48))
    with at():
        question = ask(asker, tags="feature-request")
    assert sweep(hours=24).escalated == 0
    assert sweep(hours=48).escalated == 1
    assert escalations_of(question)[0].reason == "no_answer"


def test_question_under_several_policies_gets_the_most_urgent_of_each(asker):
    policy("billing", escalate_after=timedelta(hours=6), priority=Priority.HIGH,
           resolution_target=timedelta(hours=12))
    policy("outage", escalate_after=timedelta(hours=1), priority=Priority.NORMAL,
           first_response_target=timedelta(minutes=15))
    with at():
        question = ask(asker, tags="billing outage")
    assert sweep(hours=1).escalated == 1
    [escalation] = escalations_of(question)
    assert escalation.priority == Priority.HIGH
    assert escalation.first_response_due_at == T0 + timedelta(hours=1, minutes=15)
    assert escalation.resolution_due_at == T0 + timedelta(hours=13)


def test_tag_policy_sets_the_unaccepted_delay_too(asker):
    policy("billing", escalate_unaccepted_after=timedelta(hours=10))
    with at():
        question = ask(asker, tags="billing")
    with at(hours=1):
        answer(question)
    assert sweep(hours=9).escalated == 0
    assert sweep(hours=10).escalated == 1


def test_policy_delays_must_be_positive(db):
    from django.core.exceptions import ValidationError
    from django.db import IntegrityError, transaction

    bad = policy("billing")
    bad.escalate_after = timedelta(0)
    with pytest.raises(ValidationError):
        bad.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        bad.save()


# --- the nudge ----------------------------------------------------------------------------


def test_asker_is_nudged_at_half_the_unaccepted_delay_when_answers_exist(question):
    with at(hours=1):
        answer(question)
    assert sweep(hours=35).nudged == 0
    assert sweep(hours=36).nudged == 1
    assert SolvedNudge.objects.filter(question=question).exists()
    assert sweep(hours=37).nudged == 0


def test_unanswered_question_gets_no_nudge(question):
    assert sweep(hours=23).nudged == 0
    assert not SolvedNudge.objects.exists()


def test_nudge_follows_the_tag_policy(asker):
    policy("billing", escalate_unaccepted_after=timedelta(hours=10))
    with at():
        question = ask(asker, tags="billing")
    with at(minutes=10):
        answer(question)
    assert sweep(hours=4, minutes=59).nudged == 0
    assert sweep(hours=5).nudged == 1


# --- reconciling, breaches, the command, beat ---------------------------------------------


def test_sweep_settles_an_escalation_whose_question_was_accepted_meanwhile(asker, question):
    sweep(hours=24)
    reply = answer(question)
    # The acceptance's signal never reached support (say the process died after commit).
    Question.objects.filter(pk=question.pk).update(accepted_answer=reply)
    assert sweep(hours=25).settled == 1
    [escalation] = escalations_of(question)
    assert (escalation.state, escalation.resolution) == ("resolved", "resolved_by_community")


def test_breached_escalation_is_flagged_once(question):
    sweep(hours=24)
    assert sweep(hours=27).breached == 0
    assert sweep(hours=28).breached == 1
    assert sweep(hours=29).breached == 0
    [escalation] = escalations_of(question)
    assert escalation.breach_notified_at == T0 + timedelta(hours=28)
    assert list(escalation.events.values_list("kind", flat=True)) == ["created", "breached"]


def test_escalate_unanswered_command_runs_one_sweep_and_says_how_many(question):
    out = StringIO()
    with at(hours=24):
        call_command("escalate_unanswered", stdout=out)
    assert out.getvalue().strip() == "Escalated 1 question."
    with at(hours=25):
        call_command("escalate_unanswered", stdout=out)
    assert out.getvalue().strip().endswith("Escalated 0 questions.")


def test_beat_runs_the_sweep_every_minute(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["support-sweep"]
    assert entry["task"] == "support.tasks.escalation_sweep"
    assert entry["schedule"] == 60


def test_sweep_task_is_a_thin_idempotent_wrapper(question):
    from support import tasks

    assert tasks.escalation_sweep.acks_late
    assert tasks.escalation_sweep.retry_backoff
    with at(hours=24):
        first = tasks.escalation_sweep.run()
        second = tasks.escalation_sweep.run()
    assert (first["escalated"], second["escalated"]) == (1, 0)


def test_sweep_query_count_does_not_grow_with_the_questions(
    asker, django_assert_max_num_queries
):
    with at():
        for _ in range(30):
            ask(asker, tags="wifi")
    with at(hours=24), django_assert_max_num_queries(20):
        assert escalation_sweep().escalated == 30
