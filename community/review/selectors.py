"""What reviewers read: the edits waiting for them."""

from django.db.models import QuerySet

from community.models import SuggestedEdit


def pending_edits() -> QuerySet[SuggestedEdit]:
    """Suggested edits waiting for review, oldest first, with what each row shows."""
    return SuggestedEdit.objects.filter(status=SuggestedEdit.Status.PENDING).select_related(
        "author", "question", "answer__question"
    )


def edit_for_review(pk: int) -> SuggestedEdit:
    return SuggestedEdit.objects.select_related(
        "author", "reviewer", "question", "answer__question"
    ).get(pk=pk)
