"""Per-tag SLA policies: when a question escalates, how urgent it is, and its targets.

The environment settings (``CCN_ESCALATE_AFTER``, ``CCN_ESCALATE_UNACCEPTED_AFTER``,
``CCN_SLA_FIRST_RESPONSE``, ``CCN_SLA_RESOLUTION``) are the default policy; a row here
overrides it for the questions under its tag.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag


class Priority(models.IntegerChoices):
    LOW = 1, _("low")
    NORMAL = 2, _("normal")
    HIGH = 3, _("high")
    URGENT = 4, _("urgent")


def default_escalate_after():
    return settings.CCN_ESCALATE_AFTER


def default_escalate_unaccepted_after():
    return settings.CCN_ESCALATE_UNACCEPTED_AFTER


def default_first_response_target():
    return settings.CCN_SLA_FIRST_RESPONSE


def default_resolution_target():
    return settings.CCN_SLA_RESOLUTION


class SlaPolicy(models.Model):
    """What happens to the questions under one tag; admins edit these in /admin/."""

    tag = models.OneToOneField(
        Tag, on_delete=models.CASCADE, related_name="+", verbose_name=_("tag")
    )
    escalate_after = models.DurationField(
        _("escalate unanswered questions after"), default=default_escalate_after,
        help_text=_("For example 2:00:00 for two hours."),
    )
    escalate_unaccepted_after = models.DurationField(
        _("escalate questions with no accepted answer after"),
        default=default_escalate_unaccepted_after,
    )
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.NORMAL
    )
    first_response_target = models.DurationField(
        _("first response within"), default=default_first_response_target
    )
    resolution_target = models.DurationField(
        _("resolution within"), default=default_resolution_target
    )

    class Meta:
        verbose_name = _("SLA policy")
        verbose_name_plural = _("SLA policies")
        ordering = ["tag__name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    escalate_after__gt=timedelta(0),
                    escalate_unaccepted_after__gt=timedelta(0),
                    first_response_target__gt=timedelta(0),
                    resolution_target__gt=timedelta(0),
                ),
                name="support_slapolicy_durations_positive",
            ),
        ]

    def __str__(self):
        return str(self.tag)

    def clean(self):
        durations = (
            self.escalate_after, self.escalate_unaccepted_after,
            self.first_response_target, self.resolution_target,
        )
        if any(d is not None and d.total_seconds() <= 0 for d in durations):
            raise ValidationError(_("Every delay and target must be longer than zero."))
