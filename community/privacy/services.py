"""Writes about the member's own data: exporting it."""

import json
from datetime import timedelta

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ccn.queue import enqueue_on_commit
from community.models import DataExport, User
from community.notifications.services import notification_send

from .export import member_data

EXPORT_LIFETIME = timedelta(days=7)


def data_export_request(*, member: User) -> DataExport:
    """Ask for an export; while one is still being built, that one is the answer."""
    from community import tasks  # tasks import this module

    with transaction.atomic():
        User.objects.select_for_update().only("pk").get(pk=member.pk)
        waiting = DataExport.objects.filter(member=member, ready_at__isnull=True).first()
        if waiting is not None:
            return waiting
        export = DataExport.objects.create(member=member)
        enqueue_on_commit(tasks.build_data_export, export.pk)
    return export


def data_export_build(*, export_id: int) -> DataExport | None:
    """Write the export's JSON and offer it in the inbox; doing it again changes nothing."""
    with transaction.atomic():
        export = (
            DataExport.objects.select_for_update().select_related("member")
            .filter(pk=export_id, ready_at__isnull=True).first()
        )
        if export is None:
            return None
        now = timezone.now()
        document = {
            "format": "ccn-member-data/1",
            "exported_at": now.isoformat(),
            **member_data(export.member),
        }
        export.content = json.dumps(document, ensure_ascii=False, indent=2)
        export.ready_at, export.expires_at = now, now + EXPORT_LIFETIME
        export.save(update_fields=["content", "ready_at", "expires_at"])
        notification_send(
            recipient=export.member, kind="data_export_ready", event_key=f"export:{export.pk}",
            subject=_("Your data"), url=reverse("community:settings_data"),
            data={"expires": export.expires_at.date().isoformat()},
        )
    return export


def data_exports_purge(*, now=None) -> int:
    """Delete the exports past their expiry; returns how many."""
    deleted, _by_model = DataExport.objects.filter(expires_at__lte=now or timezone.now()).delete()
    return deleted
