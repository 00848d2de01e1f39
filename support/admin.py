from django.contrib import admin

from .models import Escalation, EscalationEvent, OfficialAnswer, SlaPolicy


@admin.register(SlaPolicy)
class SlaPolicyAdmin(admin.ModelAdmin):
    list_display = [
        "tag", "priority", "escalate_after", "escalate_unaccepted_after",
        "first_response_target", "resolution_target",
    ]
    list_filter = ["priority"]
    autocomplete_fields = ["tag"]
    search_fields = ["tag__name"]


class EscalationEventInline(admin.TabularInline):
    model = EscalationEvent
    extra = 0
    can_delete = False
    fields = ["created_at", "kind", "actor", "assignee", "state", "resolution", "body"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Escalation)
class EscalationAdmin(admin.ModelAdmin):
    """Read-only: escalations change through the queue, where every change is logged."""

    list_display = ["pk", "question", "reason", "state", "priority", "assignee", "created_at"]
    list_filter = ["state", "reason", "priority"]
    raw_id_fields = ["question", "assignee", "requested_by", "policy"]
    inlines = [EscalationEventInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(OfficialAnswer)
class OfficialAnswerAdmin(admin.ModelAdmin):
    list_display = ["answer", "agent", "created_at"]
    raw_id_fields = ["answer", "escalation", "agent"]
