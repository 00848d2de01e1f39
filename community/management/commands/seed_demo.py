"""Load a small, believable demo community in the active language and print its sign-ins."""

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import ProtectedError

from community.demo.seed import (
    DEMO_PASSWORD,
    SIGN_INS,
    demo_exists,
    demo_reset,
    demo_seed,
)
from community.models import Question


class Command(BaseCommand):
    help = (
        "Create 30 demo members (the four demo sign-ins included), 60 questions with answers, "
        "comments, votes and accepted answers, in LANGUAGE_CODE (en or pt-br)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true",
            help="first delete the demo members (accounts at example.com) and all they wrote",
        )
        parser.add_argument(
            "--if-empty", action="store_true",
            help="only seed a community without questions; otherwise just print the sign-ins",
        )

    def handle(self, *args, reset, if_empty, **options):
        if reset:
            try:
                demo_reset()
            except ProtectedError as error:
                raise CommandError(f"Cannot delete the demo members: {error}") from error
            self.stdout.write("Removed the previous demo community.")
        elif demo_exists():
            if not if_empty:
                raise CommandError("The demo community already exists; --reset rebuilds it.")
            self._print_sign_ins()
            return
        elif if_empty and Question.objects.exists():
            self.stdout.write("The community already has questions; the demo was not added.")
            return
        try:
            demo_seed(language_code=settings.LANGUAGE_CODE)
        except ModuleNotFoundError as error:
            raise CommandError(
                f"The demo needs the development dependencies ({error.name} is missing): "
                'pip install -e ".[dev]"'
            ) from error
        self.stdout.write(self.style.SUCCESS(
            f"Created the demo community ({settings.LANGUAGE_CODE})."
        ))
        self._print_sign_ins()

    def _print_sign_ins(self) -> None:
        port = os.environ.get("PORT") or "8000"
        self.stdout.write(f"\nOpen http://127.0.0.1:{port}/ and sign in with password "
                          f"{DEMO_PASSWORD}:")
        for sign_in in SIGN_INS:
            self.stdout.write(f"  {sign_in.role:<10} {sign_in.email}")
        self.stdout.write(f"  (the admin also opens http://127.0.0.1:{port}/admin/)\n")
