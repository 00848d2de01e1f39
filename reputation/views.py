"""Reputation pages: the badges, and who holds each."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from . import selectors
from .badges import BY_SLUG

HOLDERS_PER_PAGE = 50


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
    context = {"badge": badge, "page": page, "tag_name": tag_name}
    return render(request, "reputation/badge_detail.html", context)
