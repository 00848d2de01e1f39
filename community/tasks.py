"""Celery tasks of the community: thin wrappers around services, safe to run twice."""

from celery import shared_task
from django.utils import timezone

from ccn.queue import TASK_OPTIONS

from .models import Delivery
from .notifications import emails, fanout
from .privacy import services as privacy_services


@shared_task(**TASK_OPTIONS)
def notify_question_asked(question_id: int) -> int:
    return fanout.fan_out_question_asked(question_id=question_id)


@shared_task(**TASK_OPTIONS)
def notify_answer_posted(answer_id: int) -> int:
    return fanout.fan_out_answer_posted(answer_id=answer_id)


@shared_task(**TASK_OPTIONS)
def notify_comment_posted(comment_id: int) -> int:
    return fanout.fan_out_comment_posted(comment_id=comment_id)


@shared_task(**TASK_OPTIONS)
def notify_answer_accepted(answer_id: int) -> int:
    return fanout.fan_out_answer_accepted(answer_id=answer_id)


@shared_task(**TASK_OPTIONS)
def email_notifications_now(member_id: int) -> bool:
    """An "email at once" for the member, unless one went out less than an interval ago."""
    email = emails.notification_email_instant(member_id=member_id)
    return email is not None and emails.notification_email_send(email_id=email.pk)


@shared_task(**TASK_OPTIONS)
def email_notifications_due() -> None:
    """From beat, every minute: the "at once" emails that waited for their interval, and any
    email a stopped worker claimed but never sent."""
    for member_id in emails.members_to_email(Delivery.INSTANT):
        email_notifications_now.delay(member_id)
    for email_id in emails.emails_unsent(claimed_before=emails.unsent_claim_cutoff()):
        send_notification_email.delay(email_id)


@shared_task(**TASK_OPTIONS)
def send_notification_email(email_id: int) -> bool:
    return emails.notification_email_send(email_id=email_id)


@shared_task(**TASK_OPTIONS)
def email_digests(delivery: str) -> None:
    """From beat: one digest for each member who has something waiting for it.

    The key is fixed here, when the run starts, so a run repeated the same day (or week)
    claims nothing new for a member who already had theirs.
    """
    key = emails.digest_key(delivery, timezone.now())
    for member_id in emails.members_to_email(delivery):
        email_digest.delay(member_id, delivery, key)


@shared_task(**TASK_OPTIONS)
def email_digest(member_id: int, delivery: str, key: str) -> bool:
    email = emails.notification_email_claim(member_id=member_id, delivery=delivery, key=key)
    return email is not None and emails.notification_email_send(email_id=email.pk)


@shared_task(**TASK_OPTIONS)
def build_data_export(export_id: int) -> bool:
    return privacy_services.data_export_build(export_id=export_id) is not None


@shared_task(**TASK_OPTIONS)
def purge_data_exports() -> int:
    """From beat, daily: exports are downloadable for 7 days, then gone."""
    return privacy_services.data_exports_purge()
