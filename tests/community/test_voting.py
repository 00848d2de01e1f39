"""Voting: up, down, change, retract; one vote per member and post; never on one's own post."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction

from community import services, signals
from community.exceptions import ActionForbidden, CommunityError
from community.models import Vote
from tests.factories import MemberFactory, answer, ask

pytestmark = pytest.mark.django_db


@pytest.fixture
def reply():
    return answer()


def _score(post) -> int:
    return type(post).objects.values_list("score", flat=True).get(pk=post.pk)


def _votes(post, voter) -> list[int]:
    votes = Vote.objects.filter(voter=voter, **Vote.target_of(post))
    return list(votes.values_list("value", flat=True))


def test_member_can_upvote_an_answer(member, reply):
    assert services.vote_set(voter=member, post=reply, value=1) == 1
    assert _score(reply) == 1
    assert _votes(reply, member) == [1]


def test_member_can_downvote_an_answer(member, reply):
    assert services.vote_set(voter=member, post=reply, value=-1) == -1
    assert _votes(reply, member) == [-1]


def test_member_can_vote_on_a_question(member):
    question = ask()
    assert services.vote_set(voter=member, post=question, value=1) == 1
    assert _score(question) == 1
    assert Vote.objects.get(voter=member).question == question


def test_changing_an_upvote_to_a_downvote_keeps_one_vote(member, reply):
    services.vote_set(voter=member, post=reply, value=1)
    assert services.vote_set(voter=member, post=reply, value=-1) == -1
    assert _votes(reply, member) == [-1]


def test_retracting_a_vote_removes_it_and_restores_the_score(member, reply):
    services.vote_set(voter=member, post=reply, value=-1)
    assert services.vote_set(voter=member, post=reply, value=0) == 0
    assert _votes(reply, member) == []
    assert _score(reply) == 0


def test_retracting_when_there_is_no_vote_changes_nothing(member, reply):
    assert services.vote_set(voter=member, post=reply, value=0) == 0
    assert not Vote.objects.exists()


def test_repeating_the_same_vote_counts_it_once(member, reply):
    for _ in range(3):
        assert services.vote_set(voter=member, post=reply, value=1) == 1
    assert _votes(reply, member) == [1]


def test_member_cannot_vote_on_own_answer(member):
    own = answer(author=member)
    with pytest.raises(ActionForbidden, match="your own post"):
        services.vote_set(voter=member, post=own, value=1)
    assert _score(own) == 0
    assert not Vote.objects.exists()


def test_member_cannot_vote_on_own_question(member):
    own = ask(member)
    with pytest.raises(ActionForbidden):
        services.vote_set(voter=member, post=own, value=-1)
    assert not Vote.objects.exists()


def test_visitor_cannot_vote(reply):
    with pytest.raises(ActionForbidden):
        services.vote_set(voter=AnonymousUser(), post=reply, value=1)
    assert not Vote.objects.exists()


@pytest.mark.parametrize("value", [2, -2, 5, 100])
def test_a_vote_other_than_up_down_or_none_is_refused(member, reply, value):
    with pytest.raises(CommunityError, match="not a vote"):
        services.vote_set(voter=member, post=reply, value=value)
    assert _score(reply) == 0


def test_score_is_the_sum_of_all_members_votes(reply):
    voters = MemberFactory.create_batch(5)
    for voter, value in zip(voters, [1, 1, 1, -1, 1], strict=True):
        services.vote_set(voter=voter, post=reply, value=value)
    services.vote_set(voter=voters[0], post=reply, value=-1)  # 1 -> -1
    services.vote_set(voter=voters[1], post=reply, value=0)  # retracted
    assert _score(reply) == sum(Vote.objects.filter(answer=reply).values_list("value", flat=True))
    assert _score(reply) == 0


def test_votes_on_a_question_and_on_its_answer_are_kept_apart(member):
    question = ask()
    reply = answer(question)
    services.vote_set(voter=member, post=question, value=1)
    services.vote_set(voter=member, post=reply, value=-1)
    assert (_score(question), _score(reply)) == (1, -1)
    assert Vote.objects.filter(voter=member).count() == 2


def test_database_allows_only_one_vote_per_member_and_post(member, reply):
    Vote.objects.create(voter=member, answer=reply, value=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.create(voter=member, answer=reply, value=-1)


def test_database_refuses_a_vote_pointing_at_two_posts_or_none(member, reply):
    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.create(voter=member, answer=reply, question=reply.question, value=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.create(voter=member, value=1)


def test_vote_change_is_announced_after_commit(member, reply, django_capture_on_commit_callbacks):
    heard = []

    def receiver(sender, **kwargs):
        heard.append((kwargs["old_value"], kwargs["new_value"]))

    signals.vote_changed.connect(receiver, dispatch_uid="test-vote-heard")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            services.vote_set(voter=member, post=reply, value=1)
            services.vote_set(voter=member, post=reply, value=1)  # unchanged: not announced
            services.vote_set(voter=member, post=reply, value=-1)
    finally:
        signals.vote_changed.disconnect(dispatch_uid="test-vote-heard")
    assert heard == [(0, 1), (1, -1)]

