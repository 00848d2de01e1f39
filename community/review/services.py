"""Suggesting an edit, and reviewing one."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community import permissions, privileges, signals
from community.exceptions import ActionForbidden, CommunityError
from community.models import Answer, PostTarget, Question, SuggestedEdit, User
from community.services import answer_apply_edit, check_new_tags, question_apply_edit
from community.validation import check_answer_body, check_question_body, check_title, parse_tags


def suggested_edit_propose(
    *, author: User, post: Question | Answer, body: str, title: str = "", tags: str = "",
    summary: str = "",
) -> SuggestedEdit:
    """Propose an edit of someone else's post; it changes nothing until a reviewer approves."""
    if not permissions.can_suggest_edit(author, post):
        raise ActionForbidden(_("You cannot suggest an edit to this post."))
    fields = {"body": check_answer_body(body)}
    if isinstance(post, Question):
        tag_names = parse_tags(tags)
        check_new_tags(author, tag_names)
        fields = {
            "title": check_title(title), "body": check_question_body(body),
            "tag_names": " ".join(tag_names),
        }
    if _changes_nothing(post, fields):
        raise CommunityError(_("Your edit changes nothing yet."))
    try:
        with transaction.atomic():
            return SuggestedEdit.objects.create(
                **PostTarget.target_of(post), author=author, summary=summary[:200], **fields
            )
    except IntegrityError as error:
        raise CommunityError(
            _("Another edit of this post is waiting for review; please try again later.")
        ) from error


def _changes_nothing(post: Question | Answer, fields: dict) -> bool:
    current = {"body": post.body}
    if isinstance(post, Question):
        current |= {"title": post.title, "tag_names": " ".join(post.tags.names())}
    return all(
        sorted(fields[key].split()) == sorted(current[key].split()) if key == "tag_names"
        else fields[key] == current[key]
        for key in fields
    )


def suggested_edit_review(*, reviewer: User, edit: SuggestedEdit, approve: bool) -> SuggestedEdit:
    """Approve (the edit is applied, its author named as editor) or reject a suggested edit."""
    if not permissions.can_review_edits(reviewer):
        raise ActionForbidden(privileges.refusal(reviewer, "review"))
    with transaction.atomic():
        edit = SuggestedEdit.objects.select_for_update().get(pk=edit.pk)
        if edit.author_id == reviewer.pk:
            raise ActionForbidden(_("Someone else reviews the edits you suggest."))
        if not edit.is_pending:
            raise CommunityError(_("This edit has already been reviewed."))
        post = edit.post
        if approve and post.is_deleted:
            raise CommunityError(_("The post was deleted, so the edit cannot be applied."))
        edit.status = SuggestedEdit.Status.APPROVED if approve else SuggestedEdit.Status.REJECTED
        edit.reviewer, edit.reviewed_at = reviewer, timezone.now()
        edit.save(update_fields=["status", "reviewer", "reviewed_at"])
        if approve:
            _apply(edit, post)
            signals.send_on_commit(signals.suggested_edit_approved, edit=edit)
    return edit


def _apply(edit: SuggestedEdit, post: Question | Answer) -> None:
    if isinstance(post, Question):
        question_apply_edit(
            question=post, editor=edit.author, title=edit.title, body=edit.body,
            tag_names=edit.tag_names.split(), summary=edit.summary,
        )
    else:
        answer_apply_edit(answer=post, editor=edit.author, body=edit.body, summary=edit.summary)
