"""Support pages: the agents' queue, one escalation, its actions, and "Ask support".

Thin: each view checks the permission, parses a form, calls one service or selector and
renders. A refused action comes back as a message (or a 403 when the member may not act).
"""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from community.models import Question

from . import permissions, selectors, services
from .exceptions import SupportError, SupportForbidden
from .forms import (
    NoteForm,
    OfficialAnswerForm,
    QueueFilterForm,
    ReassignForm,
    ResolveForm,
    ReturnForm,
)
from .models import Escalation

QUEUE_PAGE_SIZE = 50


def _forbidden(request, message: str):
    html = render_to_string("403.html", {"message": message}, request=request)
    return HttpResponseForbidden(html)


def allowed_if(check, message):
    """Sign-in first, then ``check(user)``; a member who fails it gets 403."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not check(request.user):
                return _forbidden(request, str(message))
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


staff_only = allowed_if(
    permissions.can_view_escalations, _("Only support agents and moderators can see this.")
)
agents_only = allowed_if(permissions.can_work_escalations, _("Only support agents can do this."))


@staff_only
@require_GET
def queue(request):
    now = timezone.now()
    form = QueueFilterForm(request.GET or None)
    filters = form.filters()
    escalations = selectors.escalation_queue(agent=request.user, now=now, **filters)
    page = Paginator(escalations, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    selectors.mark_deadlines(page, now=now)
    context = {
        "page": page, "form": form, "filters": filters, "now": now,
        "counts": selectors.queue_counts(now=now),
        "can_work": permissions.can_work_escalations(request.user),
    }
    return render(request, "support/queue.html", context)


def _detail_context(request, pk: int, **forms) -> dict:
    try:
        page = selectors.escalation_for_page(pk)
    except Escalation.DoesNotExist as error:
        raise Http404 from error
    agents = selectors.agents()
    return {
        "page": page, "escalation": page.escalation, "question": page.escalation.question,
        "now": timezone.now(),
        "can_work": permissions.can_work_escalations(request.user),
        "note_form": forms.get("note_form") or NoteForm(),
        "answer_form": forms.get("answer_form") or OfficialAnswerForm(),
        "resolve_form": forms.get("resolve_form") or ResolveForm(),
        "return_form": ReturnForm(),
        "reassign_form": ReassignForm(agents=agents),
    }


@staff_only
@require_GET
def escalation_detail(request, pk):
    return render(request, "support/escalation_detail.html", _detail_context(request, pk))


def _act(request, escalation: Escalation, action, success: str):
    """Run ``action()``; say how it went; back to the escalation (or the 403 page)."""
    try:
        action()
    except SupportForbidden as error:
        return _forbidden(request, str(error))
    except SupportError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, success)
    return redirect(escalation)


@agents_only
@require_POST
def escalation_claim(request, pk):
    escalation = get_object_or_404(Escalation, pk=pk)
    if not request.htmx:
        return _act(
            request, escalation,
            lambda: services.escalation_claim(agent=request.user, escalation=escalation),
            _("You have this escalation now."),
        )
    # From the queue: the row swaps in place, saying who has it if someone was quicker.
    error = ""
    try:
        services.escalation_claim(agent=request.user, escalation=escalation)
    except SupportError as refused:
        error = str(refused)
    row = selectors.queue_row(pk)
    selectors.mark_deadlines([row], now=timezone.now())
    context = {"escalation": row, "can_work": True, "claim_error": error}
    return render(request, "support/partials/queue_row.html", context)


@agents_only
@require_POST
def escalation_release(request, pk):
    escalation = get_object_or_404(Escalation, pk=pk)
    return _act(
        request, escalation,
        lambda: services.escalation_release(agent=request.user, escalation=escalation),
        _("The escalation is back in the queue."),
    )


@agents_only
@require_POST
def escalation_reassign(request, pk):
    escalation = get_object_or_404(Escalation, pk=pk)
    form = ReassignForm(request.POST, agents=selectors.agents())
    if not form.is_valid():
        messages.error(request, _("Choose a support agent."))
        return redirect(escalation)
    assignee = form.cleaned_data["assignee"]
    return _act(
        request, escalation,
        lambda: services.escalation_reassign(
            agent=request.user, escalation=escalation, assignee=assignee
        ),
        _("%(name)s has this escalation now.") % {"name": assignee.display_name},
    )


def _retry(request, pk, **forms):
    context = _detail_context(request, pk, **forms)
    return render(request, "support/escalation_detail.html", context, status=400)


def _write(request, pk, form, form_name: str, write, success: str):
    """Run ``write(escalation, cleaned_data)`` if ``form`` is valid and go where it says;
    otherwise show the escalation page again with the form, what was typed, and why."""
    escalation = get_object_or_404(Escalation, pk=pk)
    if form.is_valid():
        try:
            target = write(escalation, form.cleaned_data)
        except SupportError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, success)
            return redirect(target)
    return _retry(request, pk, **{form_name: form})


@allowed_if(permissions.can_add_note, _("Only support agents and moderators can see this."))
@require_POST
def note_add(request, pk):
    def write(escalation, data):
        services.note_add(author=request.user, escalation=escalation, body=data["body"])
        return escalation

    return _write(request, pk, NoteForm(request.POST), "note_form", write,
                  _("Your internal note is saved."))


@agents_only
@require_POST
def official_answer_post(request, pk):
    def write(escalation, data):
        return services.official_answer_post(
            agent=request.user, escalation=escalation, body=data["body"]
        )

    return _write(request, pk, OfficialAnswerForm(request.POST), "answer_form", write,
                  _("Your official answer is posted; the asker is told."))


@agents_only
@require_POST
def escalation_resolve(request, pk):
    escalation = get_object_or_404(Escalation, pk=pk)
    form = ResolveForm(request.POST)
    if not form.is_valid():
        return _retry(request, pk, resolve_form=form)
    return _act(
        request, escalation,
        lambda: services.escalation_resolve(agent=request.user, escalation=escalation,
                                            **form.cleaned_data),
        _("The escalation is resolved."),
    )


@agents_only
@require_POST
def escalation_return(request, pk):
    escalation = get_object_or_404(Escalation, pk=pk)
    form = ReturnForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    return _act(
        request, escalation,
        lambda: services.escalation_return(agent=request.user, escalation=escalation, note=note),
        _("The question is back with the community."),
    )


@login_required
@require_POST
def escalation_request(request, pk):
    """"Ask support" (the asker) or "Escalate to support" (a moderator)."""
    question = get_object_or_404(Question, pk=pk, is_deleted=False)
    try:
        services.escalation_request(member=request.user, question=question)
    except SupportForbidden as error:
        return _forbidden(request, str(error))
    except SupportError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Support has this question now; you will hear from us."))
    return redirect(question)


@login_required
def answer_requests(request):
    """A member's choice to receive "Can you help?" requests, and the ones they received."""
    if request.method == "POST":
        if request.POST.get("opt_in") == "1":
            services.answer_requests_opt_in(member=request.user)
            messages.success(request, _("You will be asked when your experience can help."))
        else:
            services.answer_requests_opt_out(member=request.user)
            messages.success(request, _("You will not receive answer requests any more."))
        return redirect("support:answer_requests")
    context = {
        "opted_in": selectors.has_opted_in(request.user),
        "help_requests": selectors.help_requests_for(request.user),
        "daily_limit": settings.CCN_PEER_DAILY_LIMIT,
    }
    return render(request, "support/answer_requests.html", context)


INSIGHT_PERIODS = (7, 30, 90)


@allowed_if(permissions.can_view_insights, _("Only staff can see the community's insights."))
@require_GET
def insights(request):
    """How much the community solves on its own, and what support added."""
    try:
        days = int(request.GET.get("days", 30))
    except ValueError:
        days = 30
    days = days if days in INSIGHT_PERIODS else 30
    context = {
        "insights": selectors.community_insights(days=days), "days": days,
        "periods": INSIGHT_PERIODS,
    }
    return render(request, "support/insights.html", context)
