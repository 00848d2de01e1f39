"""Reputation pages: members by reputation, the badges and their holders, bounties."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from community.exceptions import ActionForbidden, CommunityError
from community.models import Question

from . import selectors
from .badges import BY_SLUG
from .models import Bounty
from .services import bounties

HOLDERS_PER_PAGE = 50
PERIOD_LABELS = [
    ("week", gettext_lazy("Week")), ("month", gettext_lazy("Month")),
    ("year", gettext_lazy("Year")), ("all", gettext_lazy("All time")),
]


@require_GET
def badge_list(request):
    context = {
        "badges": selectors.badge_catalogue(),
        "tag_badges": selectors.tag_badges_held(),
    }
    return render(request, "reputation/badge_list.html", context)


@require_GET
def badge_detail(request, slug):
    badge = BY_SLUG.get(slug)
    if badge is None:
        raise Http404
    tag_name = request.GET.get("tag", "")[:100] if badge.per == "tag" else ""
    holders = selectors.badge_holders(badge, tag_name=tag_name)
    page = Paginator(holders, HOLDERS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"badge": badge, "page": page, "tag_name": tag_name,
               "page_query": urlencode({"tag": tag_name}) if tag_name else ""}
    return render(request, "reputation/badge_detail.html", context)


MEMBERS_PER_PAGE = 36


@require_GET
def user_list(request):
    """Members by reputation: all time, the last week, month or year, and within one tag."""
    period = request.GET.get("period", "all")
    if period not in selectors.PERIODS:
        period = "all"
    tag = request.GET.get("tag", "").strip()[:100]
    page = Paginator(selectors.leaderboard(period=period, tag=tag), MEMBERS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    members = selectors.members_by_id([row["user"] for row in page])
    rows = [
        {"member": members[row["user"]], "points": row["points"],
         "rank": page.start_index() + number}
        for number, row in enumerate(page)
    ]
    context = {
        "page": page, "rows": rows, "period": period, "tag": tag,
        "tiers": selectors.tier_counts(members),
        "periods": PERIOD_LABELS,
        "page_query": urlencode({"period": period, **({"tag": tag} if tag else {})}),
    }
    return render(request, "reputation/user_list.html", context)


def _posted_number(request, name: str) -> int:
    try:
        return int(request.POST.get(name, ""))
    except ValueError:
        return 0


def _refused(request, error: ActionForbidden):
    html = render_to_string("403.html", {"message": str(error)}, request=request)
    return HttpResponseForbidden(html)


@login_required
@require_POST
def bounty_offer(request, pk):
    question = get_object_or_404(Question, pk=pk, is_deleted=False)
    try:
        bounties.bounty_offer(
            offerer=request.user, question=question, amount=_posted_number(request, "amount")
        )
    except ActionForbidden as error:
        return _refused(request, error)
    except CommunityError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your bounty is offered; it runs for 7 days."))
    return redirect(question)


@login_required
@require_POST
def bounty_award(request, pk):
    bounty = get_object_or_404(Bounty, pk=pk)
    try:
        bounty = bounties.bounty_award(
            member=request.user, bounty=bounty, answer_id=_posted_number(request, "answer")
        )
    except ActionForbidden as error:
        return _refused(request, error)
    except CommunityError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The bounty is awarded. Thank you for rewarding good help!"))
        return redirect(bounty.awarded_answer)
    return redirect(bounty.question)
