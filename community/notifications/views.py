"""Pages for follows and notifications: the follow buttons, the inbox and its read marks."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from taggit.models import Tag

from community.exceptions import CommunityError
from community.models import Notification, Question, User

from . import selectors, services
from .forms import NotificationPreferencesForm
from .links import follow_url, page_of
from .mentions import mention_candidates


def _safe_next(request, fallback: str) -> str:
    """Where to go back to: ``next`` if it stays on this site, else ``fallback``."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def _follow_target(target: str, pk: int | None, name: str | None):
    if target == "question":
        return get_object_or_404(Question, pk=pk, is_deleted=False)
    if target == "tag":
        return get_object_or_404(Tag, name=name)
    return get_object_or_404(User, pk=pk, is_active=True)


@login_required
@require_POST
def follow(request, target, pk=None, name=None):
    """Follow or (with ``action=unfollow``) stop following a question, a tag or a member."""
    followed = _follow_target(target, pk, name)
    following = request.POST.get("action") != "unfollow"
    try:
        if following:
            services.follow_add(follower=request.user, target=followed)
        else:
            services.follow_remove(follower=request.user, target=followed)
    except CommunityError as error:
        messages.error(request, str(error))
        return redirect(_safe_next(request, page_of(followed)))
    if request.htmx:
        context = {"url": follow_url(followed), "following": following,
                   "next": _safe_next(request, "")}
        return render(request, "community/partials/follow_button.html", context)
    return redirect(_safe_next(request, page_of(followed)))


@login_required
@require_GET
def inbox(request):
    page = selectors.inbox_page(request.user, request.GET.get("page"))
    return render(request, "community/notifications/inbox.html", {"page": page})


def _own_notification(request, pk: int) -> Notification:
    notification = get_object_or_404(Notification, pk=pk)
    if notification.recipient_id != request.user.pk:
        raise PermissionDenied
    return notification


@login_required
@require_GET
def notification_open(request, pk):
    """Mark the notification (and its group) read, and go to the exact place it is about."""
    notification = _own_notification(request, pk)
    services.notification_mark_read(member=request.user, notification_id=notification.pk)
    inbox_url = reverse("community:notifications")
    if not url_has_allowed_host_and_scheme(notification.url, allowed_hosts=None):
        return redirect(inbox_url)
    return redirect(notification.url)


@login_required
@require_POST
def notification_read(request, pk):
    notification = _own_notification(request, pk)
    services.notification_mark_read(member=request.user, notification_id=notification.pk)
    return redirect(_safe_next(request, reverse("community:notifications")))


@login_required
@require_POST
def notifications_read_all(request):
    services.notifications_mark_all_read(member=request.user)
    messages.success(request, _("All notifications are marked as read."))
    return redirect("community:notifications")


@login_required
def settings_notifications(request):
    form = NotificationPreferencesForm(
        request.POST or None,
        preferences=selectors.notification_preferences(request.user),
        language=request.user.language,
    )
    if request.method == "POST" and form.is_valid():
        services.notification_preferences_set(
            member=request.user, deliveries=form.deliveries(),
            language=form.cleaned_data["email_language"],
        )
        messages.success(request, _("Your notification settings are saved."))
        return redirect("community:settings_notifications")
    return render(request, "community/settings_notifications.html", {"form": form})


# RFC 8058 one-click unsubscribe: the mail client POSTs to the link from the email, without
# a session or a CSRF token. The signed token is the authority; a GET only asks.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        if request.method == "POST":
            _member, stopped = services.notifications_unsubscribe(token=token)
        else:
            _member, stopped = services.unsubscribe_target(token)
    except CommunityError as error:
        context = {"error": str(error)}
        return render(request, "community/notifications/unsubscribe.html", context, status=400)
    context = {"kinds": stopped, "done": request.method == "POST"}
    return render(request, "community/notifications/unsubscribe.html", context)


@login_required
@require_GET
def mention_names(request, pk):
    """The names the editor offers after ``@`` on a question page: the thread's members.

    Fetched on the first ``@`` typed, so the page itself (and its cache) costs nothing more.
    """
    question = get_object_or_404(Question, pk=pk, is_deleted=False)
    response = JsonResponse({"members": mention_candidates(request.user, question)})
    response["Cache-Control"] = "private, max-age=60"
    return response
