"""recalculate_reputation: totals rebuilt from the ledger, drift reported, fixed with --fix."""

from io import StringIO

import pytest
from django.core.management import call_command

from community.models import User
from tests.factories import MemberFactory, answer
from tests.reputation.actions import accept, upvote

pytestmark = pytest.mark.django_db


@pytest.fixture
def community():
    """A few members whose reputation came from real votes and an acceptance."""
    reply = answer()
    upvote(reply)
    upvote(reply.question)
    accept(reply)
    return reply


def _run(*args) -> str:
    out = StringIO()
    call_command("recalculate_reputation", *args, stdout=out)
    return out.getvalue()


def test_reports_no_drift_when_every_total_matches_the_ledger(community):
    assert "No drift" in _run()


def test_finds_exactly_the_corrupted_total(community):
    helper = community.author
    User.objects.filter(pk=helper.pk).update(reputation=500)
    output = _run()
    drift_lines = [line for line in output.splitlines() if line.startswith("member ")]
    assert drift_lines == [
        f"member {helper.pk} ({helper.display_name}): stored 500, ledger 26, drift +474"
    ]
    assert "Drift found for 1 member(s)." in output


def test_without_fix_nothing_changes(community):
    User.objects.filter(pk=community.author_id).update(reputation=500)
    _run()
    assert User.objects.get(pk=community.author_id).reputation == 500


def test_fix_sets_the_corrupted_total_from_the_ledger_and_touches_no_one_else(
    community, reputation_of
):
    asker, helper = community.question.author, community.author
    before = dict(User.objects.values_list("pk", "reputation"))
    User.objects.filter(pk=helper.pk).update(reputation=7)
    output = _run("--fix")
    assert "Fixed 1 member(s)." in output
    assert dict(User.objects.values_list("pk", "reputation")) == before
    assert reputation_of(helper) == 26 and reputation_of(asker) == 13
    assert "No drift" in _run()


def test_a_member_with_no_ledger_rows_should_have_one():
    member = MemberFactory()
    User.objects.filter(pk=member.pk).update(reputation=42)
    assert f"member {member.pk} ({member.display_name}): stored 42, ledger 1, drift +41" in _run()
