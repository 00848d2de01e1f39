"""Support's models, one module per concept: SLA policies, escalations, peer help."""

from .escalations import ACTIVE_STATES, Escalation, EscalationEvent, OfficialAnswer
from .peers import AnswerRequestOptIn, HelpRequest, PeerRound, SolvedNudge
from .policies import Priority, SlaPolicy

__all__ = [
    "ACTIVE_STATES", "AnswerRequestOptIn", "Escalation", "EscalationEvent", "HelpRequest",
    "OfficialAnswer", "PeerRound", "Priority", "SlaPolicy", "SolvedNudge",
]
