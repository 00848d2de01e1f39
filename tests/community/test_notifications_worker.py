"""Notifications with a real Celery worker: fan-out, the email at once, the data export.

Runs only beside a worker (``CCN_CELERY_WORKER=1``, as .ci/run does for PostgreSQL).
"""

import pytest

from tests.test_ci_worker import _eventually

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_worker_emails_the_asker_at_once_about_a_new_answer():
    from community.models import NotificationEmail
    from tests.factories import answer, ask

    question = ask()
    answer(question)

    def emailed():
        return NotificationEmail.objects.filter(
            recipient=question.author, delivery="instant", sent_at__isnull=False
        ).exists()

    assert _eventually(emailed), "no email sent within 30s: is the worker running?"


def test_worker_builds_the_data_export_and_offers_it_in_the_inbox():
    from community.models import DataExport, Notification
    from community.privacy.services import data_export_request
    from tests.factories import MemberFactory

    member = MemberFactory()
    export = data_export_request(member=member)

    def offered():
        return Notification.objects.filter(recipient=member, kind="data_export_ready").exists()

    assert _eventually(offered), "no export within 30s: is the worker running?"
    assert DataExport.objects.get(pk=export.pk).is_ready
