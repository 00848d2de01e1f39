"""Every write support makes; the functions live in one module per topic."""

from .escalations import (
    AGENT_RESOLUTIONS,
    escalation_claim,
    escalation_create,
    escalation_reassign,
    escalation_record_reply,
    escalation_release,
    escalation_request,
    escalation_resolve,
    escalation_return,
    escalation_settle_on_accept,
    note_add,
    official_answer_post,
)
from .peers import answer_requests_opt_in, answer_requests_opt_out, peer_round_run
from .sweep import SweepResult, escalation_sweep

__all__ = [
    "AGENT_RESOLUTIONS", "SweepResult", "answer_requests_opt_in", "answer_requests_opt_out",
    "escalation_claim", "escalation_create", "escalation_reassign", "escalation_record_reply",
    "escalation_release", "escalation_request", "escalation_resolve", "escalation_return",
    "escalation_settle_on_accept", "escalation_sweep", "note_add", "official_answer_post",
    "peer_round_run",
]
