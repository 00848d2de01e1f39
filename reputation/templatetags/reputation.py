"""Reputation shown on community pages: a member's badges, badge counts beside names."""

from datetime import timedelta

from django import template
from django.conf import settings
from django.utils import timezone

from .. import selectors
from ..models.bounties import BOUNTY_AMOUNTS

register = template.Library()


@register.inclusion_tag("reputation/partials/member_badges.html")
def member_badges(member):
    return {"awards": selectors.awards_of(member), "member": member}


@register.inclusion_tag("reputation/partials/member_reputation.html")
def member_reputation(member):
    """The member's impact on other customers and their reputation history by day."""
    return {
        "member": member,
        "impact": selectors.impact(member),
        "top_tags": selectors.top_tags(member),
        "history": selectors.reputation_history(member),
    }


@register.simple_tag
def badge_counts(*members) -> dict:
    """``{% badge_counts question.author answers as counts %}``: gold/silver/bronze per member.

    Takes members, posts (their authors) or lists of posts; one query for all of them.
    """
    ids = set()
    for item in members:
        for thing in item if isinstance(item, list | tuple) else [item]:
            ids.add(getattr(thing, "author_id", None) or getattr(thing, "pk", None))
    ids.discard(None)
    return selectors.tier_counts(ids)


@register.filter
def counts_for(counts: dict, member_id: int) -> dict:
    return counts.get(member_id, {})


@register.simple_tag
def open_bounty(question):
    """The question's open bounty, or None; no query when the question shows none."""
    if not question.bounty_amount:
        return None
    return selectors.open_bounty(question)


@register.inclusion_tag("reputation/partials/bounty_panel.html", takes_context=True)
def bounty_panel(context, question, bounty):
    """The open bounty, or the form to offer one for members who may."""
    user = context["user"]
    rules = settings.CCN_BOUNTY
    old_enough = question.created_at <= timezone.now() - timedelta(
        days=rules["min_question_age_days"]
    )
    return {
        "question": question, "bounty": bounty, "user": user,
        "can_offer": bounty is None and user.is_authenticated and old_enough
        and user.reputation >= rules["min_reputation"],
        "amounts": [a for a in BOUNTY_AMOUNTS if a < getattr(user, "reputation", 0)],
        "csrf_token": context.get("csrf_token"),
    }
