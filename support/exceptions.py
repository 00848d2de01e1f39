"""Why a support action was refused, in words an agent or a member can read."""


class SupportError(Exception):
    """A rule refused the action; ``str(error)`` is the message to show."""


class SupportForbidden(SupportError):
    """The member may not do this at all (answered with 403)."""


class AlreadyClaimed(SupportError):
    """Another agent claimed the escalation first; ``assignee`` says who."""

    def __init__(self, message: str, *, assignee):
        super().__init__(message)
        self.assignee = assignee
