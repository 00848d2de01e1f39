"""Reads the reputation pages share, each with the joins that keep its query count fixed."""

from datetime import timedelta

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Sum
from django.utils import timezone

from community.models import Answer, User
from support.selectors import escalated_question_ids

from .badges import BY_SLUG, CATALOGUE, Badge
from .models import Award, Bounty, ReputationEvent, Tier


def badge_catalogue() -> list[dict]:
    """Every badge with how many members hold it, gold first; tag badges by tag."""
    holders = dict(
        Award.objects.exclude(badge__startswith="tag-")
        .values_list("badge")
        .annotate(n=Count("user", distinct=True))
    )
    tiers = [Tier.GOLD, Tier.SILVER, Tier.BRONZE]
    badges = [b for b in CATALOGUE if b.per != "tag"]
    badges.sort(key=lambda badge: tiers.index(badge.tier))
    return [{"badge": badge, "holders": holders.get(badge.slug, 0)} for badge in badges]


def tag_badges_held() -> list[dict]:
    """The tag badges members hold: one row per tag and tier, with how many hold it."""
    rows = (
        Award.objects.filter(badge__startswith="tag-")
        .values("badge", "tag_name")
        .annotate(holders=Count("user", distinct=True))
        .order_by("tag_name", "badge")
    )
    return [{**row, "definition": BY_SLUG[row["badge"]]} for row in rows]


def badge_holders(badge: Badge, *, tag_name: str = "") -> QuerySet[Award]:
    """Who holds ``badge``, newest first, with the post or tag it was for."""
    awards = Award.objects.filter(badge=badge.slug, user__is_active=True)
    if tag_name:
        awards = awards.filter(tag_name=tag_name)
    return awards.select_related("user", "question", "answer__question").order_by(
        "-awarded_at", "-pk"
    )


def awards_of(member) -> list[dict]:
    """The member's badges, gold first, each with how many times it is held."""
    rows = (
        Award.objects.filter(user=member)
        .values("badge", "tier", "tag_name")
        .annotate(times=Count("pk"))
        .order_by("badge", "tag_name")
    )
    tiers = [Tier.GOLD, Tier.SILVER, Tier.BRONZE]
    held = [
        {**row, "definition": BY_SLUG[row["badge"]]} for row in rows if row["badge"] in BY_SLUG
    ]
    return sorted(held, key=lambda row: tiers.index(row["tier"]))


def tier_counts(member_ids) -> dict[int, dict[str, int]]:
    """How many gold, silver and bronze badges each member holds (one query)."""
    counts: dict[int, dict[str, int]] = {pk: {} for pk in member_ids}
    rows = (
        Award.objects.filter(user_id__in=member_ids)
        .values_list("user_id", "tier")
        .annotate(n=Count("pk"))
    )
    for user_id, tier, n in rows:
        counts[user_id][tier] = n
    return counts


PERIODS = {"week": 7, "month": 30, "year": 365, "all": None}


def leaderboard(*, period: str = "all", tag: str = "", now=None) -> QuerySet:
    """Members ranked by reputation: all of it, or what they gained in the last 7, 30 or 365
    days, or (with ``tag``) what their posts in that tag earned. Rows: ``user``, ``points``.
    """
    days = PERIODS.get(period)
    if days is None and not tag:
        return (
            User.objects.filter(is_active=True)
            .annotate(user=F("pk"), points=F("reputation"))
            .order_by("-reputation", "pk")
            .values("user", "points")
        )
    events = ReputationEvent.objects.filter(user__is_active=True)
    if days is not None:
        events = events.filter(created_at__gte=(now or timezone.now()) - timedelta(days=days))
    if tag:
        events = events.filter(Q(question__tags__name=tag) | Q(answer__question__tags__name=tag))
    return (
        events.values("user")
        .annotate(points=Sum("amount"))
        .filter(points__gt=0)
        .order_by("-points", "user")
    )


def members_by_id(ids) -> dict[int, User]:
    return User.objects.only(
        "pk", "display_name", "reputation", "date_joined", "is_active"
    ).in_bulk(ids)


def reputation_history(member, *, limit: int = 100) -> list[dict]:
    """The member's latest ledger rows, grouped by day in the member's time zone, newest first.

    Who voted is never shown: votes are anonymous.
    """
    events = (
        ReputationEvent.objects.filter(user=member)
        .select_related("question", "answer__question")
        .order_by("-created_at", "-pk")[:limit]
    )
    days: dict = {}
    for event in events:
        days.setdefault(event.created_at.astimezone(member.tzinfo).date(), []).append(event)
    return [
        {"day": day, "total": sum(e.amount for e in rows), "events": rows}
        for day, rows in days.items()
    ]


def impact(member) -> dict:
    """What the member's help did for other customers.

    ``reached``: views of the questions their accepted answers solved; ``solved``: those
    questions; ``escalated_solved``: the ones that had gone to support; ``spared_support``:
    the ones where theirs was the first answer, so without it the question would have gone
    unanswered to support.
    """

    earlier = Answer.objects.filter(
        question=OuterRef("question"), is_deleted=False, created_at__lt=OuterRef("created_at")
    )
    accepted = (
        Answer.objects.filter(
            author=member, is_deleted=False, question__is_deleted=False,
            question__accepted_answer=F("pk"),
        )
        .exclude(question__author=member)
        .annotate(was_first=~Exists(earlier))
    )
    return accepted.aggregate(
        reached=Sum("question__view_count", default=0),
        solved=Count("pk"),
        escalated_solved=Count("pk", filter=Q(question_id__in=escalated_question_ids())),
        spared_support=Count("pk", filter=Q(was_first=True)),
    )


def top_tags(member, *, limit: int = 5) -> list[dict]:
    """The tags where the member's answers scored most: ``tag``, ``score``, ``answers``."""
    rows = (
        Answer.objects.filter(author=member, is_deleted=False, question__is_deleted=False)
        .filter(question__tags__name__isnull=False)
        .values(tag=F("question__tags__name"))
        .annotate(score=Sum("score"), answers=Count("pk"))
        .order_by("-score", "-answers", "tag")[:limit]
    )
    return list(rows)


def open_bounty(question):
    return (
        Bounty.objects.filter(question=question, state=Bounty.State.OPEN)
        .select_related("offerer")
        .first()
    )
