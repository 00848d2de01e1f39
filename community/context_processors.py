"""Template context for every page: the member's unread notifications, for the bell."""

from django.utils.functional import SimpleLazyObject

from .notifications.selectors import unread_count


def notifications(request):
    """One COUNT query, and only on pages that show the bell to a signed-in member."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": SimpleLazyObject(lambda: unread_count(user))}
