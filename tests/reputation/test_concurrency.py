"""On PostgreSQL, many members voting at once: every total still equals its ledger."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from community import services
from community.models import User
from reputation.models import ReputationEvent
from tests.factories import MemberFactory, answer

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

VOTERS = 100
THREADS = 20  # PostgreSQL's default allows 100 connections; the votes still overlap


def _ledger_total(member) -> int:
    return 1 + sum(ReputationEvent.objects.filter(user=member).values_list("amount", flat=True))


def _vote_all_at_once(votes: list[tuple[User, object, int]]) -> None:
    start = threading.Barrier(THREADS)

    def cast(batch):
        try:
            start.wait()
            for voter, post, value in batch:
                services.vote_set(voter=voter, post=post, value=value)
        finally:
            connection.close()

    batches = [votes[i::THREADS] for i in range(THREADS)]
    with ThreadPoolExecutor(THREADS) as pool:
        for future in [pool.submit(cast, batch) for batch in batches]:
            future.result()


@pytest.fixture
def voters():
    return [MemberFactory() for _ in range(VOTERS)]


def test_hundred_concurrent_upvotes_leave_reputation_equal_to_the_ledger(settings, voters):
    settings.CCN_REPUTATION = {**settings.CCN_REPUTATION, "daily_vote_limit": 10_000}
    reply = answer()
    _vote_all_at_once([(voter, reply, 1) for voter in voters])
    reply.author.refresh_from_db()
    assert reply.author.reputation == _ledger_total(reply.author) == 1 + 10 * VOTERS


def test_concurrent_upvotes_never_pass_the_daily_limit(voters):
    reply = answer()
    _vote_all_at_once([(voter, reply, 1) for voter in voters])
    reply.author.refresh_from_db()
    assert reply.author.reputation == _ledger_total(reply.author) == 201


def test_concurrent_downvotes_never_take_the_author_below_one(voters):
    reply = answer()
    _vote_all_at_once([(voter, reply, 1) for voter in voters[:2]])
    _vote_all_at_once([(voter, reply, -1) for voter in voters[2:]])
    reply.author.refresh_from_db()
    assert reply.author.reputation == _ledger_total(reply.author) == 1
