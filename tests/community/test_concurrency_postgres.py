"""Races on PostgreSQL: many members (or one impatient member) acting at the same moment.

Each thread has its own database connection, as each web process would; a barrier releases
them together, and every thread closes its connection when done.
"""

import threading
from collections.abc import Callable

import pytest
from django.db import connection

from community import services, signals
from community.exceptions import ActionForbidden
from community.models import Answer, Question, Vote
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _run_at_once(jobs: list[Callable[[], object]]) -> list[tuple[str, object]]:
    """Run every job in its own thread, all released together; ("ok", value) or ("error", e)."""
    barrier = threading.Barrier(len(jobs))
    outcomes: list[tuple[str, object] | None] = [None] * len(jobs)

    def work(index: int, job: Callable[[], object]) -> None:
        try:
            connection.ensure_connection()  # connect first, so the race is in the work
            barrier.wait(timeout=30)
            outcomes[index] = ("ok", job())
        except Exception as error:  # noqa: BLE001 - the test inspects every outcome
            outcomes[index] = ("error", error)
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a thread is stuck"
    return outcomes


def test_twenty_members_upvoting_one_answer_at_once_give_a_score_of_twenty():
    reply = answer()
    voters = MemberFactory.create_batch(20)
    outcomes = _run_at_once([
        lambda voter=voter: services.vote_set(voter=voter, post=reply, value=1)
        for voter in voters
    ])
    assert [kind for kind, _ in outcomes] == ["ok"] * 20, outcomes
    assert sorted(score for _, score in outcomes) == list(range(1, 21))
    assert Answer.objects.get(pk=reply.pk).score == 20
    assert Vote.objects.filter(answer=reply, value=1).count() == 20


def test_one_member_sending_the_same_upvote_ten_times_at_once_counts_once():
    reply = answer()
    voter = MemberFactory()
    outcomes = _run_at_once(
        [lambda: services.vote_set(voter=voter, post=reply, value=1)] * 10
    )
    assert outcomes == [("ok", 1)] * 10
    assert Vote.objects.filter(voter=voter).count() == 1
    assert Answer.objects.get(pk=reply.pk).score == 1


def test_members_voting_up_and_down_at_once_leave_the_score_equal_to_the_sum():
    reply = answer()
    ups, downs = MemberFactory.create_batch(12), MemberFactory.create_batch(8)
    jobs = [lambda m=m: services.vote_set(voter=m, post=reply, value=1) for m in ups]
    jobs += [lambda m=m: services.vote_set(voter=m, post=reply, value=-1) for m in downs]
    outcomes = _run_at_once(jobs)
    assert all(kind == "ok" for kind, _ in outcomes), outcomes
    assert Answer.objects.get(pk=reply.pk).score == 4
    assert sum(Vote.objects.filter(answer=reply).values_list("value", flat=True)) == 4


@pytest.fixture
def accepted_news():
    """Every answer_accepted signal: (answer id, previously accepted answer id or None)."""
    heard: list[tuple[int, int | None]] = []

    def receiver(sender, answer, previous, **kwargs):
        heard.append((answer.pk, previous.pk if previous else None))

    signals.answer_accepted.connect(receiver, dispatch_uid="test-concurrent-accepts")
    yield heard
    signals.answer_accepted.disconnect(dispatch_uid="test-concurrent-accepts")


@pytest.mark.parametrize("round_number", range(5))
def test_accepting_two_answers_at_once_leaves_one_accepted_and_a_true_history(
    client, accepted_news, round_number
):
    asker, intruder = MemberFactory(), MemberFactory()
    question = ask(asker)
    first, second = answer(question), answer(question)
    outcomes = _run_at_once([
        lambda: services.answer_accept(member=asker, answer=first),
        lambda: services.answer_accept(member=asker, answer=second),
        lambda: services.answer_accept(member=intruder, answer=first),
        lambda: services.answer_accept(member=intruder, answer=second),
    ])
    assert [kind for kind, _ in outcomes[:2]] == ["ok", "ok"], outcomes
    assert all(isinstance(error, ActionForbidden) for _, error in outcomes[2:]), outcomes

    accepted = Question.objects.get(pk=question.pk).accepted_answer_id
    assert accepted in (first.pk, second.pk)
    # The later accept saw the earlier one: the history is a chain, not two "firsts"
    # (reputation would otherwise award both answerers and take back from neither).
    earlier = second.pk if accepted == first.pk else first.pk
    assert sorted(accepted_news) == sorted([(earlier, None), (accepted, earlier)])

    page = parse(client.get(Question.objects.get(pk=question.pk).get_absolute_url()).text)
    marks = page.find_all("p", class_="accepted-mark")
    assert len(marks) == 1
    assert page.find_all("article", class_="answer")[0].get("id") == f"answer-{accepted}"


def test_changing_and_undoing_acceptance_at_once_ends_in_one_consistent_state():
    asker = MemberFactory()
    question = ask(asker)
    replies = [answer(question) for _ in range(3)]
    services.answer_accept(member=asker, answer=replies[0])
    for _ in range(3):
        outcomes = _run_at_once([
            lambda: services.answer_accept(member=asker, answer=replies[1]),
            lambda: services.answer_accept(member=asker, answer=replies[2]),
            lambda: services.answer_unaccept(member=asker, question=question),
        ])
        assert all(kind == "ok" for kind, _ in outcomes), outcomes
        accepted = Question.objects.get(pk=question.pk).accepted_answer_id
        assert accepted in (None, replies[1].pk, replies[2].pk)
        assert sum(
            1 for a in Answer.objects.filter(question=question).select_related("question")
            if a.is_accepted
        ) == (0 if accepted is None else 1)
