"""The ledger's rules: what votes, acceptances, edits and removals earn or cost, and undoing it."""

import datetime
import zoneinfo

import pytest
import time_machine

from community import services
from reputation.models import ReputationEvent
from reputation.services import ledger
from tests.factories import MemberFactory, answer, ask, committed, moderator
from tests.reputation.actions import (
    accept,
    delete,
    downvote,
    restore,
    upvote,
    withdraw_vote,
)

pytestmark = pytest.mark.django_db

SAO_PAULO = zoneinfo.ZoneInfo("America/Sao_Paulo")  # UTC-3 all year


def _upvoted_times(post, times: int) -> None:
    for _ in range(times):
        upvote(post)


def test_upvoted_answer_earns_its_author_ten(reputation_of):
    reply = answer()
    upvote(reply)
    assert reputation_of(reply.author) == 11


def test_upvoted_question_earns_its_author_ten(reputation_of):
    question = ask()
    upvote(question)
    assert reputation_of(question.author) == 11


@pytest.fixture
def critic():
    """A member with 11 reputation (one up-voted question), so what a vote costs shows."""
    member = MemberFactory()
    upvote(ask(member))
    return member


@pytest.fixture
def liked_answer():
    """An answer up-voted once: its author has 11 reputation."""
    reply = answer()
    upvote(reply)
    return reply


def test_downvoted_answer_costs_its_author_two_and_the_voter_one(
    liked_answer, critic, reputation_of
):
    downvote(liked_answer, critic)
    assert reputation_of(liked_answer.author) == 9
    assert reputation_of(critic) == 10


def test_downvoting_a_question_costs_the_voter_nothing(critic, reputation_of):
    question = ask()
    upvote(question)
    downvote(question, critic)
    assert reputation_of(question.author) == 9
    assert reputation_of(critic) == 11


def test_withdrawing_an_upvote_takes_back_the_ten(reputation_of):
    reply, fan = answer(), MemberFactory()
    upvote(reply, fan)
    withdraw_vote(reply, fan)
    assert reputation_of(reply.author) == 1


def test_withdrawing_a_downvote_gives_both_members_back_what_it_cost(
    liked_answer, critic, reputation_of
):
    downvote(liked_answer, critic)
    withdraw_vote(liked_answer, critic)
    assert reputation_of(liked_answer.author) == 11
    assert reputation_of(critic) == 11


def test_turning_an_upvote_into_a_downvote_leaves_only_the_downvote(
    liked_answer, critic, reputation_of
):
    upvote(liked_answer, critic)
    assert reputation_of(liked_answer.author) == 21
    downvote(liked_answer, critic)
    assert reputation_of(liked_answer.author) == 9
    assert reputation_of(critic) == 10


def test_voting_the_same_way_twice_earns_once(reputation_of):
    reply, fan = answer(), MemberFactory()
    upvote(reply, fan)
    upvote(reply, fan)
    assert reputation_of(reply.author) == 11


def test_settling_a_vote_again_pays_nobody_twice(reputation_of):
    reply, fan = answer(), MemberFactory()
    upvote(reply, fan)
    ledger.vote_settle(voter_id=fan.pk, post=reply)
    ledger.vote_settle(voter_id=fan.pk, post=reply)
    assert reputation_of(reply.author) == 11
    assert ReputationEvent.objects.filter(user=reply.author).count() == 1


def test_accepted_answer_earns_its_author_fifteen_and_the_asker_two(reputation_of):
    reply = answer()
    accept(reply)
    assert reputation_of(reply.author) == 16
    assert reputation_of(reply.question.author) == 3


def test_accepting_ones_own_answer_earns_nothing(reputation_of):
    question = ask()
    own = answer(question, question.author)
    accept(own)
    assert reputation_of(question.author) == 1
    assert not ReputationEvent.objects.exists()


def test_withdrawing_acceptance_takes_back_both_rewards(reputation_of):
    reply = answer()
    accept(reply)
    accept(reply, undo=True)
    assert reputation_of(reply.author) == 1
    assert reputation_of(reply.question.author) == 1


def test_accepting_another_answer_moves_the_fifteen_and_keeps_the_askers_two(reputation_of):
    question = ask()
    first, second = answer(question), answer(question)
    accept(first)
    accept(second)
    assert reputation_of(first.author) == 1
    assert reputation_of(second.author) == 16
    assert reputation_of(question.author) == 3


def test_upvotes_earn_at_most_two_hundred_a_day(reputation_of):
    question = ask()
    _upvoted_times(question, 21)
    assert reputation_of(question.author) == 201
    capped = ReputationEvent.objects.filter(user=question.author).latest("pk")
    assert capped.amount == 0 and capped.rule_amount == 10 and capped.was_limited


def test_daily_limit_starts_again_at_midnight_in_the_members_time_zone(reputation_of):
    question = ask(MemberFactory(time_zone="America/Sao_Paulo"))
    with time_machine.travel(datetime.datetime(2025, 3, 10, 20, 30, tzinfo=SAO_PAULO)):
        _upvoted_times(question, 19)
    assert reputation_of(question.author) == 191
    # Past midnight in UTC, but still the 10th in São Paulo: 10 left for the day.
    with time_machine.travel(datetime.datetime(2025, 3, 10, 23, 0, tzinfo=SAO_PAULO)):
        _upvoted_times(question, 2)
    assert reputation_of(question.author) == 201
    with time_machine.travel(datetime.datetime(2025, 3, 11, 0, 30, tzinfo=SAO_PAULO)):
        _upvoted_times(question, 1)
    assert reputation_of(question.author) == 211


def test_acceptance_earns_its_fifteen_even_past_the_daily_limit(reputation_of):
    reply = answer()
    _upvoted_times(reply, 20)
    accept(reply)
    assert reputation_of(reply.author) == 216


def test_downvotes_never_take_a_member_below_one(reputation_of):
    reply, critic = answer(), MemberFactory()
    downvote(reply, critic)
    assert reputation_of(reply.author) == 1
    assert reputation_of(critic) == 1
    assert set(ReputationEvent.objects.values_list("amount", "rule_amount")) == {(0, -2), (0, -1)}


def test_withdrawing_a_downvote_that_cost_nothing_gives_nothing_back(reputation_of):
    reply, critic = answer(), MemberFactory()
    downvote(reply, critic)
    withdraw_vote(reply, critic)
    assert reputation_of(reply.author) == 1
    assert reputation_of(critic) == 1


def test_deleting_an_answer_takes_back_its_votes_and_its_acceptance(
    liked_answer, critic, reputation_of
):
    reply = liked_answer
    upvote(reply)
    downvote(reply, critic)
    accept(reply)
    assert (reputation_of(reply.author), reputation_of(critic)) == (34, 10)
    with pytest.raises(services.ActionForbidden):  # an accepted answer stays for its author
        delete(reply)
    accept(reply, undo=True)
    delete(reply)
    assert reputation_of(reply.author) == 1
    assert reputation_of(critic) == 11
    assert reputation_of(reply.question.author) == 1


def test_deleting_an_answer_takes_back_its_acceptance_when_a_moderator_deletes_it(
    reputation_of,
):
    reply = answer()
    accept(reply)
    with committed():
        services.post_delete(member=moderator(), post=reply)
    assert reputation_of(reply.author) == 1
    assert reputation_of(reply.question.author) == 1
    assert set(ReputationEvent.objects.filter(amount__lt=0).values_list("reason", flat=True)) == {
        ReputationEvent.Reason.POST_DELETED
    }


def test_restoring_a_deleted_answer_gives_back_what_its_votes_earned(
    liked_answer, critic, reputation_of
):
    reply = liked_answer
    upvote(reply)
    downvote(reply, critic)
    delete(reply)
    restore(reply)
    assert reputation_of(reply.author) == 19
    assert reputation_of(critic) == 10


def test_deleting_a_question_takes_back_its_votes(reputation_of):
    question = ask()
    _upvoted_times(question, 3)
    delete(question)
    assert reputation_of(question.author) == 1


def test_withdrawing_a_vote_on_a_deleted_post_takes_nothing_twice(reputation_of):
    reply, fan = answer(), MemberFactory()
    _upvoted_times(reply, 1)
    upvote(reply, fan)
    delete(reply)
    withdraw_vote(reply, fan)
    assert reputation_of(reply.author) == 1
    restore(reply)
    assert reputation_of(reply.author) == 11


def test_post_removed_as_spam_costs_its_author_a_hundred_once(reputation_of):
    question = ask()
    _upvoted_times(question, 15)
    ledger.spam_penalty_set(post=question, removed=True)
    ledger.spam_penalty_set(post=question, removed=True)
    assert reputation_of(question.author) == 51


def test_spam_penalty_stops_at_one_and_lifting_it_gives_back_what_it_took(reputation_of):
    question = ask()
    _upvoted_times(question, 3)
    ledger.spam_penalty_set(post=question, removed=True)
    assert reputation_of(question.author) == 1
    ledger.spam_penalty_set(post=question, removed=False)
    assert reputation_of(question.author) == 31


def test_approved_edits_earn_two_each_up_to_a_thousand_in_all(settings, reputation_of):
    settings.CCN_REPUTATION = {**settings.CCN_REPUTATION, "edit_approved_max_total": 5}
    editor, reviewer, question = MemberFactory(), MemberFactory(), ask()
    for edit_id in (1, 2, 3, 3):
        ledger.edit_approved_reward(
            edit_id=edit_id, editor_id=editor.pk, post=question, reviewer_id=reviewer.pk
        )
    assert reputation_of(editor) == 6
    assert list(ReputationEvent.objects.values_list("amount", flat=True)) == [2, 2, 1]


def test_each_change_is_a_row_naming_the_reason_the_post_and_the_other_member(
    liked_answer, critic
):
    downvote(liked_answer, critic)
    row = ReputationEvent.objects.get(user=liked_answer.author, actor=critic)
    assert row.reason == ReputationEvent.Reason.DOWNVOTED
    assert row.answer == liked_answer and row.question is None
    assert (row.amount, row.rule_amount) == (-2, -2)
    own_cost = ReputationEvent.objects.get(user=critic, reason="downvote_cast")
    assert (own_cost.actor, own_cost.answer) == (liked_answer.author, liked_answer)
