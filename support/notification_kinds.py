"""The notification kinds support sends to agents and askers, registered with the community.

Imported once, from SupportConfig.ready(); the members' own kinds (official answer,
escalation status, "Can you help?") are the community's (community/notifications/kinds.py).
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from community.models import Delivery
from community.notifications.kinds import NotificationKind, get, register

__all__ = ["ESCALATION_BREACHED", "ESCALATION_NEW", "ESCALATION_SAVED", "SOLVED_NUDGE", "get"]

ESCALATION_NEW = register(NotificationKind(
    key="escalation_new",
    label=_("New escalations (support agents)"),
    one=_("New escalation: “%(subject)s”"),
    many=ngettext_lazy(
        "%(count)s new escalation", "%(count)s new escalations", "count"
    ),
    default=Delivery.INSTANT,
))
ESCALATION_BREACHED = register(NotificationKind(
    key="escalation_breached",
    label=_("Escalations past their SLA (support agents)"),
    one=_("SLA breached: “%(subject)s”"),
    many=ngettext_lazy(
        "%(count)s escalation past its SLA", "%(count)s escalations past their SLA", "count"
    ),
    default=Delivery.INSTANT,
))
ESCALATION_SAVED = register(NotificationKind(
    key="escalation_saved",
    label=_("My escalations solved by the community (support agents)"),
    one=_("The community solved “%(subject)s”: its escalation is resolved"),
    default=Delivery.PORTAL,
))
SOLVED_NUDGE = register(NotificationKind(
    key="solved_nudge",
    label=_("“Did any answer solve this?” reminders"),
    one=_("Did any answer solve “%(subject)s”? Accept it to close the loop."),
    default=Delivery.PORTAL,
))
