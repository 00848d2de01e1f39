"""The member's own data and the terms they accept: exports, policy documents, acceptances."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DataExport(models.Model):
    """A JSON file of everything one member wrote and did, built by Celery.

    Kept in the database (web and worker may run on different hosts), downloadable by
    its member only, until ``expires_at``; a beat task then deletes it.
    """

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    ready_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    content = models.TextField(blank=True, editable=False)

    class Meta:
        verbose_name = _("data export")
        verbose_name_plural = _("data exports")
        ordering = ["-requested_at"]
        indexes = [
            models.Index(fields=["member", "-requested_at"], name="community_export_member_idx"),
            models.Index(fields=["expires_at"], name="community_export_expiry_idx"),
        ]

    def __str__(self):
        return f"{self.member_id} {self.requested_at:%Y-%m-%d %H:%M}"

    @property
    def is_ready(self) -> bool:
        return self.ready_at is not None

    def is_downloadable(self, now=None) -> bool:
        return self.is_ready and self.expires_at > (now or timezone.now())


class PolicyDocument(models.Model):
    """The code of conduct or the privacy notice: one page each, edited by an admin."""

    class Kind(models.TextChoices):
        CONDUCT = "conduct", _("Code of conduct")
        PRIVACY = "privacy", _("Privacy notice")

    kind = models.CharField(_("document"), max_length=20, choices=Kind.choices, unique=True)
    title = models.CharField(_("title"), max_length=150)
    body = models.TextField(_("text"), help_text=_("Markdown, as in posts."))
    body_html = models.TextField(editable=False)
    updated_at = models.DateTimeField(_("last changed"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("policy document")
        verbose_name_plural = _("policy documents")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        if self.kind == self.Kind.CONDUCT:
            return reverse("community:code_of_conduct")
        return reverse("community:privacy")


class PolicyAcceptance(models.Model):
    """That a member accepted a policy document as it read at ``version`` (its change time)."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="policy_acceptances"
    )
    document = models.ForeignKey(PolicyDocument, on_delete=models.PROTECT, related_name="+")
    version = models.DateTimeField()
    accepted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("policy acceptance")
        verbose_name_plural = _("policy acceptances")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "document", "version"], name="community_policy_accepted_once"
            ),
        ]

    def __str__(self):
        return f"{self.member_id} {self.document_id} {self.version:%Y-%m-%d}"
