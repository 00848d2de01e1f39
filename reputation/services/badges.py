"""Awarding badges: who qualifies now and does not hold the badge yet gets it, and is told."""

from collections.abc import Iterable

from django.urls import reverse
from django.utils.translation import gettext as _

from community.models import User
from community.notifications.services import notification_send

from ..badges import BY_SLUG, CATALOGUE, Badge, Candidate
from ..models import Award


def _target(badge: Badge, what) -> dict:
    if badge.per == "question":
        return {"question_id": what}
    if badge.per == "answer":
        return {"answer_id": what}
    if badge.per == "tag":
        return {"tag_name": what}
    return {}


def _held(badge: Badge, member_ids: set[int]) -> set[Candidate]:
    field = {"question": "question_id", "answer": "answer_id", "tag": "tag_name"}.get(badge.per)
    held = Award.objects.filter(badge=badge.slug, user_id__in=member_ids)
    if field is None:
        return {(pk, None) for pk in held.values_list("user_id", flat=True)}
    return set(held.values_list("user_id", field))


def badge_title(badge: Badge, tag_name: str = "") -> str:
    """What a member reads: the badge's name, or the tag and tier for a tag badge."""
    if badge.per == "tag":
        values = {"tag": tag_name, "tier": badge.get_tier_display()}
        return _("%(tag)s (%(tier)s tag badge)") % values
    return str(badge.name)


def badges_award(
    *, member_ids: Iterable[int] | None = None, slugs: Iterable[str] | None = None
) -> list[Award]:
    """Give the members (everyone, by default) each badge they qualify for and lack.

    Safe to run twice and on several workers at once: the unique constraints drop an award
    that already exists, and a member is told about each award once (its event key).
    """
    members = set(member_ids) if member_ids is not None else None
    badges = [BY_SLUG[slug] for slug in slugs] if slugs else CATALOGUE
    new: list[Award] = []
    for badge in badges:
        candidates = set(badge.rule(members))
        if not candidates:
            continue
        active = set(
            User.objects.filter(pk__in={pk for pk, _what in candidates}, is_active=True)
            .values_list("pk", flat=True)
        )
        held = _held(badge, active)
        rows = [
            Award(user_id=pk, badge=badge.slug, tier=badge.tier, **_target(badge, what))
            for pk, what in sorted(candidates, key=str)
            if pk in active and (pk, what) not in held
        ]
        Award.objects.bulk_create(rows, ignore_conflicts=True)
        new.extend(rows)
    _tell(new)
    return new


def _tell(awards: list[Award]) -> None:
    recipients = User.objects.in_bulk({award.user_id for award in awards})
    for award in awards:
        badge = BY_SLUG[award.badge]
        what = award.question_id or award.answer_id or award.tag_name or ""
        notification_send(
            recipient=recipients[award.user_id], kind="badge_earned",
            event_key=f"badge:{award.badge}:{what}",
            subject=badge_title(badge, award.tag_name),
            url=reverse("reputation:badge_detail", args=[badge.slug]),
        )
