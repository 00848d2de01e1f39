"""Template helpers for posts: the vote control and the permission checks behind buttons."""

from django import template

from community import permissions

register = template.Library()


@register.inclusion_tag("community/partials/vote.html", takes_context=True)
def vote_control(context, post, kind):
    """The vote buttons for ``post``, pressed where the viewer has voted."""
    key = f"{'q' if kind == 'questions' else 'a'}{post.pk}"
    user = context["user"]
    return {
        "post": post,
        "kind": kind,
        "my_vote": context.get("votes", {}).get(key, 0),
        "can_vote": permissions.can_vote(user, post),
        "csrf_token": context.get("csrf_token"),
    }


@register.filter
def editable_by(post, user) -> bool:
    return permissions.can_edit(user, post)
