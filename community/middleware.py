"""Request middleware for community-wide account rules."""

import time

from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.core.cache import cache
from django.shortcuts import redirect
from django.urls import reverse

from .roles import is_staff_member

# Paths a staff member without two-factor sign-in may still reach: the set-up itself,
# signing out, static files and the probes.
_OPEN_PREFIXES = ("/accounts/", "/static/", "/i18n/", "/healthz", "/readyz")


class StaffMfaRequiredMiddleware:
    """With CCN_STAFF_MFA on, staff must activate TOTP before using the portal."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.CCN_STAFF_MFA and self._needs_mfa(request):
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)

    @staticmethod
    def _needs_mfa(request) -> bool:
        user = request.user
        if not user.is_authenticated or request.path.startswith(_OPEN_PREFIXES):
            return False
        if not is_staff_member(user):
            return False
        return not Authenticator.objects.filter(user=user).exists()


class UserSessionActivityMiddleware:
    """allauth's session tracking (last seen, address, browser), at most once per interval.

    allauth's own middleware writes to the database on every signed-in request; the list of
    sessions a member sees needs nothing that fresh. Signing in records the session at once
    (allauth's ``user_logged_in`` receiver), whatever the interval.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        # Sessions this process knows were recorded lately, and when: most requests are
        # settled here without asking the cache (the cache settles it across processes).
        self.seen: dict[str, float] = {}

    def __call__(self, request):
        session_key = request.session.session_key
        if (
            settings.USERSESSIONS_TRACK_ACTIVITY
            and session_key
            and request.user.is_authenticated
            and self._due(session_key)
        ):
            UserSession.objects.create_from_request(request)
        return self.get_response(request)

    def _due(self, session_key: str) -> bool:
        interval = settings.CCN_SESSION_ACTIVITY_INTERVAL
        now = time.monotonic()
        if now - self.seen.get(session_key, -interval) < interval:
            return False
        if len(self.seen) > 10_000:
            self.seen.clear()
        self.seen[session_key] = now
        return cache.add(f"usersession-seen:{session_key}", 1, timeout=interval)
