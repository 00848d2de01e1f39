"""Reputation shown on community pages: a member's badges, badge counts beside names."""

from django import template

from .. import selectors

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
