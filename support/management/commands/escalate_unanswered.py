"""One escalation sweep now: the same code Celery beat runs every minute."""

from django.core.management.base import BaseCommand

from support.services import escalation_sweep


class Command(BaseCommand):
    help = "Run one escalation sweep now and print how many questions were escalated."

    def handle(self, *args, **options):
        result = escalation_sweep()
        noun = "question" if result.escalated == 1 else "questions"
        self.stdout.write(f"Escalated {result.escalated} {noun}.")
        if options["verbosity"] > 1:
            self.stdout.write(
                f"Experts asked on {result.peer_rounds} questions, {result.nudged} askers "
                f"nudged, {result.settled} escalations settled, {result.breached} breaches."
            )
