"""Writes about the member's own data (export, erasure) and the policies they accept."""

import json
from datetime import timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ccn.queue import enqueue_on_commit
from community import signals
from community.exceptions import CommunityError
from community.markdown import render_post
from community.models import (
    DataExport,
    Follow,
    Notification,
    NotificationEmail,
    NotificationPreference,
    PolicyAcceptance,
    PolicyDocument,
    SimilarSuggestion,
    User,
)
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


def _erased_email(member_id: int) -> str:
    """Unique, so the email constraints hold, and pointing nowhere (RFC 2606's .invalid)."""
    return f"erased-{member_id}@erased.invalid"


def account_erase(*, member: User, password: str) -> None:
    """Delete the member's account after they confirm with their password.

    Posts, comments, edits and votes stay for the community, under "former member": the
    row they point at is kept (its foreign keys protect the posts) but emptied. Email
    addresses, name, profile, sessions and the IP addresses they hold, follows,
    notifications, preferences, exports and policy acceptances are deleted. The row
    cannot sign in again.
    """
    if not member.is_authenticated or not member.check_password(password):
        raise CommunityError(_("That password is not right."))
    with transaction.atomic():
        member = User.objects.select_for_update().get(pk=member.pk)
        for session in UserSession.objects.filter(user=member):
            session.end()  # through the session engine: a cached session goes too
        EmailAddress.objects.filter(user=member).delete()
        Authenticator.objects.filter(user=member).delete()
        Follow.objects.filter(Q(follower=member) | Q(member=member)).delete()
        Notification.objects.filter(recipient=member).delete()
        NotificationEmail.objects.filter(recipient=member).delete()
        NotificationPreference.objects.filter(member=member).delete()
        DataExport.objects.filter(member=member).delete()
        PolicyAcceptance.objects.filter(member=member).delete()
        SimilarSuggestion.objects.filter(member=member).update(member=None)
        with translation.override(settings.LANGUAGE_CODE):
            former = _("former member")
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(User), object_id=str(member.pk)
        ).update(object_repr=former, change_message="")
        member.groups.clear()
        member.user_permissions.clear()
        member.email = _erased_email(member.pk)
        member.display_name = former
        member.about = member.language = ""
        member.time_zone = "UTC"
        member.set_unusable_password()
        member.is_active = member.is_staff = member.is_superuser = False
        member.last_login = None
        member.erased_at = timezone.now()
        member.save()
        signals.send_on_commit(signals.member_erased, member_id=member.pk)


def policy_document_update(*, document: PolicyDocument, title: str, body: str) -> PolicyDocument:
    """An admin's new text: rendered like posts, and a new version for acceptances."""
    document.title, document.body = title, body
    document.body_html = render_post(body)
    document.updated_at = timezone.now()
    document.save()
    return document


def policies_accept(*, member: User) -> list[PolicyAcceptance]:
    """Record that ``member`` accepted every policy document as it reads now."""
    with transaction.atomic():
        return [
            PolicyAcceptance.objects.get_or_create(
                member=member, document=document, version=document.updated_at
            )[0]
            for document in PolicyDocument.objects.order_by("kind")
        ]
