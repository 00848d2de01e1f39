"""Why a community action was refused, in words a member can read."""


class CommunityError(Exception):
    """A rule refused the action; ``str(error)`` is the message to show."""


class ActionForbidden(CommunityError):
    """The member may not do this (answered with 403)."""
