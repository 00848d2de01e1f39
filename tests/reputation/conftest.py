import pytest

from reputation.models import ReputationEvent


@pytest.fixture
def ledger_total():
    """``ledger_total(member)``: 1 plus the sum of the member's ledger rows."""

    def total(member) -> int:
        amounts = ReputationEvent.objects.filter(user=member).values_list("amount", flat=True)
        return 1 + sum(amounts)

    return total


@pytest.fixture
def reputation_of():
    """``reputation_of(member)``: the member's stored reputation, read fresh."""

    def read(member) -> int:
        member.refresh_from_db(fields=["reputation"])
        return member.reputation

    return read
