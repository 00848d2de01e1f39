"""Fair play: finding serial voting and reversing it."""

from collections import defaultdict
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone

from community import services as community_services
from community.models import Answer, Question, User, Vote

from ..models import SerialVotingFinding, VotingRingReport
from ..models.ledger import Reason
from . import ledger


def _serial_runs(times: list[datetime], *, votes: int, window: timedelta) -> set[int]:
    """Indexes of the votes that fall in some ``window`` holding ``votes`` or more."""
    flagged: set[int] = set()
    start = 0
    for end, moment in enumerate(times):
        while moment - times[start] > window:
            start += 1
        if end - start + 1 >= votes:
            flagged.update(range(start, end + 1))
    return flagged


def serial_voting_reverse(
    *, lookback: timedelta = timedelta(hours=48)
) -> list[SerialVotingFinding]:
    """Find members who voted ``votes`` times or more on one other member's posts within
    ``hours`` (CCN_SERIAL_VOTING) and reverse those votes.

    The votes are removed (the scores follow), what they earned or cost is taken back with a
    ledger row the target sees ("Serial voting reversed"), and a finding is kept for the
    moderators. Votes reversed are gone, so running it again finds nothing new.
    """
    rules = settings.CCN_SERIAL_VOTING
    window = timedelta(hours=rules["hours"])
    since = timezone.now() - max(lookback, window)
    recent = (
        Vote.objects.filter(created_at__gte=since)
        .annotate(target=Coalesce(F("question__author_id"), F("answer__author_id")))
        .order_by("voter_id", "target", "created_at")
        .values_list("voter_id", "target", "created_at", "question_id", "answer_id")
    )
    groups: dict[tuple[int, int], list[tuple]] = defaultdict(list)
    for voter_id, target_id, created_at, question_id, answer_id in recent:
        groups[voter_id, target_id].append((created_at, question_id, answer_id))
    findings = []
    for (voter_id, target_id), votes in groups.items():
        flagged = _serial_runs([v[0] for v in votes], votes=rules["votes"], window=window)
        if flagged:
            findings.append(_reverse(voter_id, target_id, [votes[i] for i in sorted(flagged)]))
    return findings


def _reverse(voter_id: int, target_id: int, votes: list[tuple]) -> SerialVotingFinding:
    voter = User.objects.get(pk=voter_id)
    with transaction.atomic():
        for _created_at, question_id, answer_id in votes:
            post = (
                Question.objects.get(pk=question_id) if question_id
                else Answer.objects.get(pk=answer_id)
            )
            community_services.vote_invalidate(voter=voter, post=post)
            ledger.vote_settle(
                voter_id=voter_id, post=post, reversal_reason=Reason.SERIAL_VOTING_REVERSED
            )
        return SerialVotingFinding.objects.create(
            voter=voter, target_id=target_id, votes_reversed=len(votes),
            first_vote_at=votes[0][0], last_vote_at=votes[-1][0],
        )


def voting_rings_report() -> list[VotingRingReport]:
    """Report pairs of new accounts (CCN_NEW_ACCOUNT_DAYS) that up-voted each other's posts,
    each way at least once from the same network; each pair once."""
    new_since = timezone.now() - timedelta(days=settings.CCN_NEW_ACCOUNT_DAYS)
    newcomers = User.objects.filter(date_joined__gte=new_since).values("pk")
    votes = (
        Vote.objects.filter(value=Vote.UP, voter__in=newcomers)
        .exclude(network="")
        .annotate(target=Coalesce(F("question__author_id"), F("answer__author_id")))
        .filter(target__in=newcomers)
        .values_list("voter_id", "target", "network")
    )
    networks: dict[tuple[int, int], set[str]] = defaultdict(set)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for voter_id, target_id, network in votes:
        networks[voter_id, target_id].add(network)
        counts[voter_id, target_id] += 1
    reports = []
    for (voter_id, target_id), seen in networks.items():
        if voter_id < target_id and seen & networks.get((target_id, voter_id), set()):
            report, created = VotingRingReport.objects.get_or_create(
                member_id=voter_id, partner_id=target_id,
                defaults={"votes": counts[voter_id, target_id] + counts[target_id, voter_id]},
            )
            if created:
                reports.append(report)
    return reports
