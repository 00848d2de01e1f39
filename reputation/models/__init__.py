"""The reputation app's models, one module per concept."""

from .ledger import ReputationEvent

__all__ = ["ReputationEvent"]
