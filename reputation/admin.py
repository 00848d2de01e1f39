from django.contrib import admin

from .models import ReputationEvent, SerialVotingFinding, VotingRingReport


class WrittenByTheRules(admin.ModelAdmin):
    """Rows that the rules and the nightly checks write: staff read them, never edit them."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ReputationEvent)
class ReputationEventAdmin(WrittenByTheRules):
    list_display = ["created_at", "user", "amount", "rule_amount", "reason", "actor"]
    list_filter = ["reason"]
    search_fields = ["user__display_name", "user__email"]
    raw_id_fields = ["user", "actor", "question", "answer"]
    date_hierarchy = "created_at"

    def has_delete_permission(self, request, obj=None):
        return False  # the totals are derived from these rows


@admin.register(SerialVotingFinding)
class SerialVotingFindingAdmin(WrittenByTheRules):
    """The moderators' note of each serial voting found and reversed by the nightly check."""

    list_display = [
        "found_at", "voter", "target", "votes_reversed", "first_vote_at", "last_vote_at"
    ]
    raw_id_fields = ["voter", "target"]
    date_hierarchy = "found_at"


@admin.register(VotingRingReport)
class VotingRingReportAdmin(WrittenByTheRules):
    """New accounts that up-voted each other from one network, for moderators to judge."""

    list_display = ["found_at", "member", "partner", "votes"]
    raw_id_fields = ["member", "partner"]
