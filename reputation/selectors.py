"""Reads the reputation pages share, each with the joins that keep its query count fixed."""

from django.db.models import Count, QuerySet

from .badges import BY_SLUG, CATALOGUE, Badge
from .models import Award, Tier


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
