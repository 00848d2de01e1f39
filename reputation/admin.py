from django.contrib import admin

from .models import ReputationEvent, SerialVotingFinding


@admin.register(ReputationEvent)
class ReputationEventAdmin(admin.ModelAdmin):
    """The ledger is written by the rules only: staff read it here, and never edit it."""

    list_display = ["created_at", "user", "amount", "rule_amount", "reason", "actor"]
    list_filter = ["reason"]
    search_fields = ["user__display_name", "user__email"]
    raw_id_fields = ["user", "actor", "question", "answer"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SerialVotingFinding)
class SerialVotingFindingAdmin(admin.ModelAdmin):
    """The moderators' note of each serial voting found and reversed by the nightly check."""

    list_display = [
        "found_at", "voter", "target", "votes_reversed", "first_vote_at", "last_vote_at"
    ]
    raw_id_fields = ["voter", "target"]
    date_hierarchy = "found_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
