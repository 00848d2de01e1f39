"""recalculate_reputation [--fix]: compare every member's reputation with the ledger."""

from django.core.management.base import BaseCommand

from reputation.services import ledger


class Command(BaseCommand):
    help = (
        "Rebuild each member's reputation from the ledger (1 plus the sum of their rows) and "
        "print every difference found; with --fix, also correct them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fix", action="store_true", help="Set the drifted totals to the ledger's."
        )

    def handle(self, *args, fix=False, **options):
        drifts = ledger.reputation_drift()
        for drift in drifts:
            self.stdout.write(
                f"member {drift.member_id} ({drift.display_name}): stored {drift.stored}, "
                f"ledger {drift.from_ledger}, drift {drift.difference:+d}"
            )
        if not drifts:
            self.stdout.write(self.style.SUCCESS("No drift: every total matches the ledger."))
            return
        self.stdout.write(f"Drift found for {len(drifts)} member(s).")
        if fix:
            fixed = ledger.reputation_fix(drifts)
            self.stdout.write(self.style.SUCCESS(f"Fixed {fixed} member(s)."))
