"""A fixed start and the moments after it, for tests that move the clock."""

from datetime import UTC, datetime, timedelta

import time_machine

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def at(*, hours: float = 0, minutes: float = 0, seconds: float = 0):
    """``with at(hours=24): …`` runs the block with the clock at T0 plus that much."""
    return time_machine.travel(
        T0 + timedelta(hours=hours, minutes=minutes, seconds=seconds), tick=False
    )


def sweep(**when):
    from support.services import escalation_sweep

    with at(**when):
        return escalation_sweep()
