"""Writing the reputation ledger: each change is a row, and the member's total moves with it.

Every function here *settles* a cause (one member's vote on one post, one acceptance, one
approved edit…): it reads what the cause should give now, compares it with what the ledger
says it has given, and writes rows for the difference. Settling twice changes nothing, so a
signal delivered twice, a retried task or a nightly sweep cannot pay anyone twice.

The members involved are locked (in primary-key order, so two settlements never wait on
each other in a circle) before anything is read, and their totals move with F() in the same
transaction as the rows: ``User.reputation`` is always 1 plus the sum of their rows.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Count, F, Sum
from django.utils import timezone

from community.models import Answer, PostTarget, Question, User, Vote

from ..models import ReputationEvent
from ..models.ledger import Reason

Post = Question | Answer


def rule(name: str) -> int:
    return settings.CCN_REPUTATION[name]


@dataclass
class _Account:
    """A member's reputation while their row is locked in this transaction."""

    member: User
    reputation: int


def _lock(*member_ids: int) -> dict[int, _Account]:
    members = (
        User.objects.select_for_update()
        .filter(pk__in=set(member_ids))
        .order_by("pk")
        .only("pk", "reputation", "time_zone")
    )
    return {m.pk: _Account(member=m, reputation=m.reputation) for m in members}


def post_cause_key(post: Post) -> str:
    return f"{'q' if isinstance(post, Question) else 'a'}{post.pk}"


def vote_cause(voter_id: int, post: Post) -> str:
    return f"vote:{voter_id}:{post_cause_key(post)}"


def _day_start(member: User, now: datetime.datetime) -> datetime.datetime:
    """Midnight of ``now``'s day in the member's time zone."""
    local_day = now.astimezone(member.tzinfo).date()
    return datetime.datetime.combine(local_day, datetime.time.min, tzinfo=member.tzinfo)


def _within_limits(account: _Account, reason: str, amount: int, now) -> int:
    """What of ``amount`` the daily vote limit or the lifetime edit limit still allows."""
    if reason == Reason.UPVOTED:
        limit = rule("daily_vote_limit")
        since = {"created_at__gte": _day_start(account.member, now)}
    elif reason == Reason.EDIT_APPROVED:
        limit, since = rule("edit_approved_max_total"), {}
    else:
        return amount
    earned = ReputationEvent.objects.filter(
        user_id=account.member.pk, reason=reason, **since
    ).aggregate(total=Sum("amount", default=0))["total"]
    return max(0, min(amount, limit - earned))


def _write(account: _Account, *, amount: int, rule_amount: int, now, **fields) -> None:
    amount = max(amount, 1 - account.reputation)  # nobody goes below 1
    ReputationEvent.objects.create(
        user_id=account.member.pk, amount=amount, rule_amount=rule_amount, created_at=now,
        **fields,
    )
    if amount:
        User.objects.filter(pk=account.member.pk).update(reputation=F("reputation") + amount)
        account.reputation += amount


def _settle(
    account: _Account, *, cause: str, target: int, gain: str, loss: str,
    post: Post | None = None, actor_id: int | None = None, happened_at=None,
) -> None:
    """Bring what ``cause`` has given the member, by the rule, to ``target``.

    ``happened_at`` dates a cause's first row when it is known (when the vote was cast),
    so the daily limit counts the day it happened even if it is settled later.
    """
    given = ReputationEvent.objects.filter(user_id=account.member.pk, cause=cause).aggregate(
        by_rule=Sum("rule_amount", default=0), applied=Sum("amount", default=0),
        rows=Count("pk"),
    )
    if given["by_rule"] == target:
        return
    now = timezone.now()
    fields = {"cause": cause, "actor_id": actor_id, **(PostTarget.target_of(post) if post else {})}
    if given["by_rule"]:
        _write(
            account, amount=-given["applied"], rule_amount=-given["by_rule"], reason=loss,
            now=now, **fields,
        )
    if target:
        at = min(happened_at, now) if happened_at and not given["rows"] else now
        amount = _within_limits(account, gain, target, at)
        _write(account, amount=amount, rule_amount=target, reason=gain, now=at, **fields)


def vote_settle(
    *, voter_id: int, post: Post, restoring: bool = False, reversal_reason: str | None = None
) -> None:
    """Make the ledger agree with the member's current vote on ``post``.

    An up-vote gives the author +10 (within the daily limit), a down-vote costs the author 2
    and, on an answer, the voter 1. A vote withdrawn or on a deleted post gives nothing, so
    settling then takes back what it gave; ``reversal_reason`` says why, when it is not the
    voter's own withdrawal (serial voting reversed).
    """
    with transaction.atomic():
        post = type(post).objects.only("pk", "author_id", "is_deleted").get(pk=post.pk)
        accounts = _lock(post.author_id, voter_id)
        vote = (
            Vote.objects.filter(voter_id=voter_id, **PostTarget.target_of(post))
            .only("value", "created_at")
            .first()
        )
        value = vote.value if vote and not post.is_deleted else 0
        cast_at = vote.created_at if vote else None
        cause = vote_cause(voter_id, post)
        loss = reversal_reason or (
            Reason.POST_DELETED if post.is_deleted else Reason.VOTE_RETRACTED
        )
        author_target = {1: rule("upvoted"), -1: rule("downvoted")}.get(value, 0)
        _settle(
            accounts[post.author_id], cause=cause, target=author_target,
            gain=(
                Reason.POST_RESTORED if restoring
                else Reason.UPVOTED if value == 1 else Reason.DOWNVOTED
            ),
            loss=loss, post=post, actor_id=voter_id, happened_at=cast_at,
        )
        costs_voter = value == -1 and isinstance(post, Answer)
        voter_target = rule("downvote_answer_cost") if costs_voter else 0
        _settle(
            accounts[voter_id], cause=cause, target=voter_target,
            gain=Reason.POST_RESTORED if restoring else Reason.DOWNVOTE_CAST,
            loss=loss, post=post, actor_id=post.author_id, happened_at=cast_at,
        )


def accept_settle(*, answer: Answer, restoring: bool = False) -> None:
    """Make the ledger agree with whether ``answer`` is accepted: +15 its author, +2 the asker.

    Accepting one's own answer gives nothing; a deleted answer keeps nothing.
    """
    with transaction.atomic():
        answer = Answer.objects.only("pk", "author_id", "is_deleted", "question_id").get(
            pk=answer.pk
        )
        question = Question.objects.only("author_id", "accepted_answer_id", "is_deleted").get(
            pk=answer.question_id
        )
        accounts = _lock(answer.author_id, question.author_id)
        counts = (
            question.accepted_answer_id == answer.pk
            and not (answer.is_deleted or question.is_deleted)
            and answer.author_id != question.author_id
        )
        cause = f"accept:{post_cause_key(answer)}"
        loss = Reason.POST_DELETED if answer.is_deleted else Reason.UNACCEPTED
        _settle(
            accounts[answer.author_id], cause=cause,
            target=rule("answer_accepted") if counts else 0,
            gain=Reason.POST_RESTORED if restoring else Reason.ANSWER_ACCEPTED,
            loss=loss, post=answer, actor_id=question.author_id,
        )
        _settle(
            accounts[question.author_id], cause=cause,
            target=rule("accepted_an_answer") if counts else 0,
            gain=Reason.POST_RESTORED if restoring else Reason.ACCEPTED_AN_ANSWER,
            loss=loss, post=answer, actor_id=answer.author_id,
        )


def post_settle(*, post: Post, restoring: bool = False) -> None:
    """After a post is deleted or restored: settle every vote on it and its acceptance.

    What raises the author's total is settled first, so the floor of 1 does not swallow a
    down-vote that the up-votes settled next would have covered.
    """
    votes = dict(
        Vote.objects.filter(**PostTarget.target_of(post)).values_list("voter_id", "value")
    )
    prefix, suffix = "vote:", f":{post_cause_key(post)}"
    for cause in (
        ReputationEvent.objects.filter(**PostTarget.target_of(post), cause__startswith=prefix)
        .values_list("cause", flat=True)
        .distinct()
    ):
        votes.setdefault(int(cause.removeprefix(prefix).removesuffix(suffix)), 0)
    is_answer = isinstance(post, Answer)
    if restoring and is_answer:
        accept_settle(answer=post, restoring=True)
    raises_first = -1 if restoring else 1  # restoring: up-votes first; deleting: down-votes
    for voter_id in sorted(votes, key=lambda voter: (votes[voter] * raises_first, voter)):
        vote_settle(voter_id=voter_id, post=post, restoring=restoring)
    if not restoring and is_answer:
        accept_settle(answer=post)


def spam_penalty_set(*, post: Post, removed: bool) -> None:
    """A moderator removed ``post`` as spam or abuse (or undid that): its author loses 100."""
    with transaction.atomic():
        post = type(post).objects.only("pk", "author_id").get(pk=post.pk)
        accounts = _lock(post.author_id)
        _settle(
            accounts[post.author_id], cause=f"spam:{post_cause_key(post)}",
            target=rule("removed_as_spam") if removed else 0,
            gain=Reason.REMOVED_AS_SPAM, loss=Reason.PENALTY_LIFTED, post=post,
        )


def edit_approved_reward(*, edit_id: int, editor_id: int, post: Post, reviewer_id: int) -> None:
    """+2 for an approved suggested edit, up to 1,000 in all from edits."""
    with transaction.atomic():
        accounts = _lock(editor_id)
        _settle(
            accounts[editor_id], cause=f"edit:{edit_id}", target=rule("edit_approved"),
            gain=Reason.EDIT_APPROVED, loss=Reason.EDIT_APPROVED, post=post,
            actor_id=reviewer_id,
        )


@dataclass(frozen=True)
class Drift:
    """A member whose stored reputation disagrees with the ledger."""

    member_id: int
    display_name: str
    stored: int
    from_ledger: int

    @property
    def difference(self) -> int:
        return self.stored - self.from_ledger


def _totals_from_ledger():
    return User.objects.annotate(
        from_ledger=Sum("reputation_events__amount", default=0) + 1
    )


def reputation_drift() -> list[Drift]:
    """Every member whose reputation is not 1 plus the sum of their ledger rows."""
    drifted = (
        _totals_from_ledger()
        .exclude(reputation=F("from_ledger"))
        .order_by("pk")
        .values_list("pk", "display_name", "reputation", "from_ledger")
    )
    return [Drift(*row) for row in drifted]


def reputation_fix(drifts: list[Drift]) -> int:
    """Set each drifted member's reputation from the ledger; return how many changed."""
    fixed = 0
    for drift in drifts:
        with transaction.atomic():
            _lock(drift.member_id)
            total = _totals_from_ledger().get(pk=drift.member_id).from_ledger
            fixed += User.objects.filter(pk=drift.member_id).exclude(
                reputation=max(total, 1)
            ).update(reputation=max(total, 1))
    return fixed


def bounty_charge(*, bounty) -> None:
    """The offered amount leaves the offerer's reputation (outside the daily limit)."""
    with transaction.atomic():
        accounts = _lock(bounty.offerer_id)
        _settle(
            accounts[bounty.offerer_id], cause=f"bounty:{bounty.pk}:offered",
            target=-bounty.amount, gain=Reason.BOUNTY_OFFERED, loss=Reason.BOUNTY_OFFERED,
            post=bounty.question,
        )


def bounty_pay(*, bounty, answer: Answer, amount: int) -> None:
    """The bounty (or half of it, by rule) goes to the answer's author."""
    with transaction.atomic():
        accounts = _lock(answer.author_id)
        _settle(
            accounts[answer.author_id], cause=f"bounty:{bounty.pk}:awarded", target=amount,
            gain=Reason.BOUNTY_AWARDED, loss=Reason.BOUNTY_AWARDED, post=answer,
            actor_id=bounty.offerer_id,
        )
