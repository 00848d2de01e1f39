"""Reputation pages: the badges, and who holds each."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from . import selectors
from .badges import BY_SLUG

HOLDERS_PER_PAGE = 50
PERIOD_LABELS = [
    ("week", _("Week")), ("month", _("Month")), ("year", _("Year")), ("all", _("All time"))
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
