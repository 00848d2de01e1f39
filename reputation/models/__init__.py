"""The reputation app's models, one module per concept."""

from .badges import Award, Tier, VisitDay
from .bounties import Bounty
from .fairplay import SerialVotingFinding, VotingRingReport
from .ledger import ReputationEvent

__all__ = [
    "Award", "Bounty", "ReputationEvent", "SerialVotingFinding", "Tier", "VisitDay",
    "VotingRingReport",
]
