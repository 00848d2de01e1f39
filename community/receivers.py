"""Reactions to Django's own signals about members."""

from allauth.usersessions.models import UserSession


def end_sessions_on_role_change(sender, instance, action, reverse, pk_set, **kwargs):
    """A member whose staff roles change signs in again, so no session keeps old rights."""
    if action not in {"post_add", "post_remove", "pre_clear"}:
        return
    if not reverse:
        members = [instance.pk]
    elif action == "pre_clear":  # group.user_set.clear(): everyone still in the group
        members = list(instance.user_set.values_list("pk", flat=True))
    else:
        members = pk_set
    for session in UserSession.objects.filter(user_id__in=members):
        session.end()
