"""Staff roles are Django groups; these helpers read them once per request."""


MODERATORS = "Moderators"
SUPPORT_AGENTS = "Support agents"
ROLE_GROUPS = {"moderator": MODERATORS, "agent": SUPPORT_AGENTS}


def role_names(user) -> frozenset[str]:
    """The names of the staff groups ``user`` belongs to, cached on the user object."""
    if not user.is_authenticated:
        return frozenset()
    if not hasattr(user, "_ccn_role_names"):
        user._ccn_role_names = frozenset(user.groups.values_list("name", flat=True))
    return user._ccn_role_names


def is_moderator(user) -> bool:
    return user.is_authenticated and (user.is_superuser or MODERATORS in role_names(user))


def is_agent(user) -> bool:
    return user.is_authenticated and (user.is_superuser or SUPPORT_AGENTS in role_names(user))


def is_staff_member(user) -> bool:
    return is_moderator(user) or is_agent(user)
