"""The reputation app's models, one module per concept."""

from .badges import Award, Tier, VisitDay
from .ledger import ReputationEvent

__all__ = ["Award", "ReputationEvent", "Tier", "VisitDay"]
