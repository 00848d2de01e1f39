"""The nightly fair-play check: serial voting is found and reversed, with a row the target sees."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from ccn.networks import network_key
from community import services
from community.models import Answer, Question, Vote
from reputation import tasks
from reputation.models import ReputationEvent, SerialVotingFinding, VotingRingReport
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask, committed
from tests.factories import vote as cast

pytestmark = pytest.mark.django_db

NIGHT = datetime.datetime(2025, 4, 2, 3, 30, tzinfo=datetime.UTC)


@pytest.fixture
def target():
    return MemberFactory(display_name="Tess Target")


@pytest.fixture
def voter():
    return MemberFactory(display_name="Val Voter")


def _posts_by(member, count: int) -> list:
    return [answer(author=member) for _ in range(count)]


def _vote_at(moment, post, voter, value=1):
    with time_machine.travel(moment), committed():
        cast(post, voter, value=value)


def _reputation(member) -> int:
    member.refresh_from_db()
    return member.reputation


def _night_check():
    with time_machine.travel(NIGHT), committed():
        return tasks.reverse_serial_voting()


def test_five_upvotes_on_one_members_posts_within_a_day_are_reversed(client, target, voter):
    posts = _posts_by(target, 5)
    for hour, post in enumerate(posts):
        _vote_at(NIGHT - datetime.timedelta(hours=20 - hour), post, voter)
    assert _reputation(target) == 51
    assert _night_check() == 1
    assert _reputation(target) == 1
    assert not Vote.objects.filter(voter=voter).exists()
    scores = Answer.objects.filter(pk__in=[p.pk for p in posts]).values_list("score", flat=True)
    assert set(scores) == {0}
    rows = ReputationEvent.objects.filter(user=target, reason="serial_voting_reversed")
    assert sorted(rows.values_list("amount", flat=True)) == [-10] * 5
    history = parse(client.get(target.get_absolute_url()).text).find(
        "section", class_="reputation-history"
    )
    assert "Serial voting reversed" in history.text
    finding = SerialVotingFinding.objects.get()
    assert (finding.voter, finding.target, finding.votes_reversed) == (voter, target, 5)


def test_four_votes_are_not_serial_voting(target, voter):
    for hour, post in enumerate(_posts_by(target, 4)):
        _vote_at(NIGHT - datetime.timedelta(hours=10 - hour), post, voter)
    assert _night_check() == 0
    assert _reputation(target) == 41


def test_five_votes_spread_over_more_than_a_day_are_not_serial_voting(target, voter):
    for number, post in enumerate(_posts_by(target, 5)):
        _vote_at(NIGHT - datetime.timedelta(hours=40 - 7 * number), post, voter)  # 28h apart
    assert _night_check() == 0
    assert _reputation(target) == 51


def test_votes_for_different_members_do_not_add_up(voter):
    for number in range(5):
        _vote_at(NIGHT - datetime.timedelta(hours=5 - number), answer(), voter)
    assert _night_check() == 0


def test_serial_downvotes_are_reversed_and_the_voter_gets_back_what_they_cost(target):
    critic = MemberFactory()
    _vote_at(NIGHT - datetime.timedelta(days=3), ask(critic), MemberFactory())  # critic has 11
    posts = _posts_by(target, 5)
    for post in posts[:2]:
        _vote_at(NIGHT - datetime.timedelta(days=3), post, MemberFactory())  # target has 21
    for minute, post in enumerate(posts):
        _vote_at(NIGHT - datetime.timedelta(hours=2, minutes=-minute), post, critic, value=-1)
    assert (_reputation(target), _reputation(critic)) == (11, 6)
    _night_check()
    assert (_reputation(target), _reputation(critic)) == (21, 11)


def test_the_check_runs_again_without_reversing_twice(target, voter):
    for hour, post in enumerate(_posts_by(target, 6)):
        _vote_at(NIGHT - datetime.timedelta(hours=6 - hour), post, voter)
    assert _night_check() == 1
    assert _night_check() == 0
    assert SerialVotingFinding.objects.get().votes_reversed == 6
    assert _reputation(target) == 1


def test_older_votes_are_left_to_earlier_nights(target, voter):
    for hour, post in enumerate(_posts_by(target, 5)):
        _vote_at(NIGHT - datetime.timedelta(days=5, hours=hour), post, voter)
    assert _night_check() == 0


def test_beat_runs_the_check_every_night(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["reputation-serial-voting"]
    assert entry["task"] == "reputation.tasks.reverse_serial_voting"
    assert (entry["schedule"].hour, entry["schedule"].minute) == ({3}, {30})
    assert settings.CCN_SERIAL_VOTING == {"votes": 5, "hours": 24}


def test_questions_count_as_posts_too(target, voter):
    posts = [ask(target) for _ in range(3)] + _posts_by(target, 2)
    for minute, post in enumerate(posts):
        _vote_at(NIGHT - datetime.timedelta(hours=1, minutes=-minute), post, voter)
    _night_check()
    assert Question.objects.filter(author=target, score=0).count() == 3
    assert _reputation(target) == 1


# --- new accounts voting for each other from one network --------------------------------


def _vote_from(network_address: str, post, voter):
    services.vote_set(voter=voter, post=post, value=1, network=network_key(network_address))


def test_new_accounts_upvoting_each_other_from_one_network_are_reported_once():
    ana, bea = MemberFactory(), MemberFactory()
    _vote_from("203.0.113.7", answer(author=bea), ana)
    _vote_from("203.0.113.200", ask(ana), bea)  # the same /24 network
    assert tasks.report_voting_rings() == 1
    assert tasks.report_voting_rings() == 0
    report = VotingRingReport.objects.get()
    assert {report.member, report.partner} == {ana, bea}
    assert report.votes == 2


@pytest.mark.parametrize("case", ["other networks", "one way", "an old account"])
def test_no_report_without_both_ways_from_one_network_between_new_accounts(case):
    ana = MemberFactory()
    bea = MemberFactory(
        date_joined=timezone.now() - datetime.timedelta(days=90 if case == "an old account" else 1)
    )
    _vote_from("203.0.113.7", answer(author=bea), ana)
    if case != "one way":
        _vote_from("198.51.100.7" if case == "other networks" else "203.0.113.9", ask(ana), bea)
    assert tasks.report_voting_rings() == 0


def test_the_network_is_kept_as_a_keyed_hash_of_the_network_not_the_address(client):
    reply, voter = answer(), MemberFactory()
    client.force_login(voter)
    client.post(f"/answers/{reply.pk}/vote/", {"value": "1"}, REMOTE_ADDR="203.0.113.7")
    network = Vote.objects.get(voter=voter).network
    assert network == network_key("203.0.113.99") != network_key("203.0.114.7")
    assert "203.0.113" not in network and len(network) == 16
