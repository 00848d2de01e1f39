"""Template helpers: the vote control, the follow button, the permission checks behind buttons."""

from django import template

from community import fragments, permissions, privileges
from community.notifications import selectors as notification_selectors
from community.notifications.links import follow_url

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


@register.inclusion_tag("community/partials/follow_button.html", takes_context=True)
def follow_button(context, target, following=None):
    """Follow/Unfollow for a question, tag or member; ``following`` saves the query if known."""
    user = context["user"]
    if following is None:
        following = notification_selectors.is_following(user, target)
    request = context.get("request")
    return {
        "url": follow_url(target),
        "following": following,
        "next": request.get_full_path() if request else "",
        "csrf_token": context.get("csrf_token"),
    }


@register.filter
def commentable_by(post, user) -> bool:
    return permissions.can_comment(user, post)


@register.simple_tag
def privilege_threshold(key: str) -> int:
    return privileges.BY_KEY[key].threshold


@register.filter
def edit_suggestable_by(post, user) -> bool:
    return permissions.can_suggest_edit(user, post)


@register.filter
def deletable_by(post, user) -> bool:
    return permissions.can_delete(user, post)


@register.simple_tag(takes_context=True)
def post_fragment(context, template_name, post, kind, **extra):
    """``template_name`` rendered for ``post``, shared through the cache with every viewer
    who has the same rights on it (community.fragments)."""
    return context["post_fragments"].html(context, template_name, post, kind, extra)


@register.simple_tag
def question_rows(page):
    """The rows of a page of questions, each from the cache unless its question changed."""
    return fragments.question_rows(list(page))
