"""The review queue: suggested edits for members with the review privilege."""

import difflib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from community import permissions, privileges
from community.exceptions import ActionForbidden, CommunityError
from community.models import Question, SuggestedEdit
from community.views import _forbidden, _page

from . import selectors, services


def _refuse_without_privilege(request):
    if not permissions.can_review_edits(request.user):
        return _forbidden(request, ActionForbidden(privileges.refusal(request.user, "review")))
    return None


@login_required
def review_queue(request):
    if refused := _refuse_without_privilege(request):
        return refused
    page = _page(request, selectors.pending_edits())
    return render(request, "community/review/queue.html", {"page": page})


def _lines(source, *, is_question: bool) -> list[str]:
    """The text of a post or of a suggested edit, as the diff compares it."""
    if not is_question:
        return source.body.splitlines()
    tags = source.tag_names if isinstance(source, SuggestedEdit) else " ".join(
        sorted(source.tags.names())
    )
    return "\n".join(filter(None, [source.title, tags, source.body])).splitlines()


def _diff(edit: SuggestedEdit) -> list[str]:
    """The proposed text against the post as it is now, line by line."""
    post = edit.post
    is_question = isinstance(post, Question)
    before, after = (_lines(source, is_question=is_question) for source in (post, edit))
    diff = difflib.ndiff(before, after)
    return [line for line in diff if not line.startswith("?")]


@login_required
def suggested_edit(request, pk):
    if refused := _refuse_without_privilege(request):
        return refused
    try:
        edit = selectors.edit_for_review(pk)
    except SuggestedEdit.DoesNotExist as error:
        raise Http404 from error
    if request.method == "POST":
        approve = request.POST.get("decision") == "approve"
        try:
            services.suggested_edit_review(reviewer=request.user, edit=edit, approve=approve)
        except ActionForbidden as error:
            return _forbidden(request, error)
        except CommunityError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("The edit is approved and published.") if approve
                else _("The edit is rejected.")
            )
        return redirect("community:review_queue")
    context = {"edit": edit, "diff": _diff(edit), "thread": edit.question or edit.answer.question}
    return render(request, "community/review/suggested_edit.html", context)
