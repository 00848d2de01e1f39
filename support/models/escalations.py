"""Escalations: a question in front of the support agents, its event log, official answers."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from community.models import Answer, Question

from .policies import Priority, SlaPolicy


class Escalation(models.Model):
    class State(models.TextChoices):
        OPEN = "open", _("open")
        CLAIMED = "claimed", _("claimed")
        WAITING = "waiting", _("waiting on customer")
        RESOLVED = "resolved", _("resolved")
        RETURNED = "returned", _("returned to the community")

    class Reason(models.TextChoices):
        NO_ANSWER = "no_answer", _("no answer")
        NO_ACCEPTED_ANSWER = "no_accepted_answer", _("no accepted answer")
        ASKER_REQUEST = "asker_request", _("asker request")
        MODERATOR = "moderator", _("moderator")

    class Resolution(models.TextChoices):
        ANSWERED_OFFICIALLY = "answered_officially", _("answered officially")
        COMMUNITY_ANSWER_SUFFICED = "community_answer_sufficed", _("community answer sufficed")
        DUPLICATE = "duplicate", _("duplicate")
        OTHER_CHANNEL = "other_channel", _("moved to another channel")
        CANNOT_REPRODUCE = "cannot_reproduce", _("cannot reproduce")
        # Set by the system only: a community answer was accepted while support had it.
        RESOLVED_BY_COMMUNITY = "resolved_by_community", _("resolved by the community")

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="+", verbose_name=_("question")
    )
    reason = models.CharField(_("reason"), max_length=24, choices=Reason.choices)
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.OPEN)
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.NORMAL
    )
    policy = models.ForeignKey(
        SlaPolicy, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("SLA policy"), help_text=_("Empty when the default policy applied."),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("requested by"),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("assignee"),
    )
    created_at = models.DateTimeField(default=timezone.now)
    first_response_due_at = models.DateTimeField(_("first response due"))
    resolution_due_at = models.DateTimeField(_("resolution due"))
    first_response_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.CharField(
        _("resolution"), max_length=28, choices=Resolution.choices, blank=True
    )
    breach_notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("escalation")
        verbose_name_plural = _("escalations")
        constraints = [
            # The guarantee the sweep, "Ask support" and moderators all rely on.
            models.UniqueConstraint(
                fields=["question"],
                condition=models.Q(state__in=["open", "claimed", "waiting"]),
                name="support_escalation_one_open_per_question",
            ),
            models.CheckConstraint(
                condition=models.Q(state__in=["claimed", "waiting"], assignee__isnull=False)
                | ~models.Q(state__in=["claimed", "waiting"]) & ~models.Q(state="open")
                | models.Q(state="open", assignee__isnull=True),
                name="support_escalation_assignee_matches_state",
            ),
            models.CheckConstraint(
                condition=models.Q(state="resolved", resolved_at__isnull=False)
                & ~models.Q(resolution="")
                | ~models.Q(state="resolved") & models.Q(resolution=""),
                name="support_escalation_resolved_has_resolution",
            ),
        ]
        indexes = [
            models.Index(
                fields=["resolution_due_at"],
                condition=models.Q(state__in=["open", "claimed", "waiting"]),
                name="support_esc_active_due_idx",
            ),
            models.Index(fields=["state", "-created_at"], name="support_esc_state_idx"),
        ]

    def __str__(self):
        return f"#{self.pk} {self.question.title}"

    def get_absolute_url(self):
        return reverse("support:escalation_detail", args=[self.pk])

    @property
    def is_active(self) -> bool:
        return self.state in ACTIVE_STATES

    def is_breached(self, now=None) -> bool:
        if not self.is_active:
            return False
        now = now or timezone.now()
        late_reply = self.first_response_at is None and self.first_response_due_at <= now
        return late_reply or self.resolution_due_at <= now

    @property
    def next_due_at(self):
        """The next deadline: the first response while none was given, then the resolution."""
        if self.first_response_at is None:
            return min(self.first_response_due_at, self.resolution_due_at)
        return self.resolution_due_at


ACTIVE_STATES = (Escalation.State.OPEN, Escalation.State.CLAIMED, Escalation.State.WAITING)


class EscalationEvent(models.Model):
    """One line of an escalation's history: who did what, and when. Never edited.

    Internal notes are events too (kind ``note``, text in ``body``): agents and moderators
    read them on the escalation page, and nothing customer-facing reads this table.
    """

    class Kind(models.TextChoices):
        CREATED = "created", _("escalated")
        CLAIMED = "claimed", _("claimed")
        RELEASED = "released", _("released")
        REASSIGNED = "reassigned", _("reassigned")
        NOTE = "note", _("internal note")
        OFFICIAL_ANSWER = "official_answer", _("official answer posted")
        WAITING = "waiting", _("waiting on customer")
        CUSTOMER_REPLIED = "customer_replied", _("customer replied")
        RESOLVED = "resolved", _("resolved")
        RETURNED = "returned", _("returned to the community")
        BREACHED = "breached", _("SLA breached")

    escalation = models.ForeignKey(Escalation, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", help_text=_("Empty when the system did it."),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", help_text=_("Who has the escalation after this event."),
    )
    state = models.CharField(max_length=12, choices=Escalation.State.choices)
    resolution = models.CharField(max_length=28, choices=Escalation.Resolution.choices, blank=True)
    body = models.TextField(blank=True, max_length=5000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("escalation event")
        verbose_name_plural = _("escalation events")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["escalation", "created_at"], name="support_event_esc_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.escalation_id})"


class OfficialAnswer(models.Model):
    """A public community answer that support marked as the company's official answer."""

    answer = models.OneToOneField(
        Answer, on_delete=models.CASCADE, related_name="+", verbose_name=_("answer")
    )
    escalation = models.ForeignKey(
        Escalation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("official answer")
        verbose_name_plural = _("official answers")

    def __str__(self):
        return str(self.answer)
