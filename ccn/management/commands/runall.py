"""Run the web server, a Celery worker and Celery beat together; Ctrl-C stops all three."""

import signal
import subprocess  # nosec B404 - runs our own fixed commands, no shell
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand


def _stop_on_sigterm(signum, frame):
    """Treat SIGTERM (from a process manager) like Ctrl-C."""
    raise KeyboardInterrupt


class Command(BaseCommand):
    help = "Start the web server, a Celery worker and Celery beat; Ctrl-C stops them all."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args, host, port, **options):
        python = sys.executable
        commands = {
            "web": [python, "manage.py", "runserver", f"{host}:{port}", "--noreload"],
            "worker": [python, "-m", "celery", "-A", "ccn", "worker", "--loglevel", "INFO",
                       "--concurrency", "2"],
            "beat": [python, "-m", "celery", "-A", "ccn", "beat", "--loglevel", "INFO",
                     "--schedule", settings.CELERY_BEAT_SCHEDULE_FILENAME],
        }
        processes = {name: subprocess.Popen(argv) for name, argv in commands.items()}  # noqa: S603 # nosec B603
        self.stdout.write(self.style.SUCCESS(
            f"Serving on http://{host}:{port}/ with a Celery worker and beat. Ctrl-C stops all."
        ))
        signal.signal(signal.SIGTERM, _stop_on_sigterm)
        try:
            while all(process.poll() is None for process in processes.values()):
                time.sleep(0.5)
            stopped = [name for name, p in processes.items() if p.poll() is not None]
            self.stderr.write(f"{', '.join(stopped)} stopped; stopping the others.")
        except KeyboardInterrupt:
            self.stdout.write("Stopping web, worker and beat…")
        finally:
            self._stop_all(processes.values())

    @staticmethod
    def _stop_all(processes, grace_seconds: float = 10) -> None:
        for process in processes:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + grace_seconds
        for process in processes:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
