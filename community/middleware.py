"""Request middleware for community-wide account rules."""

from allauth.mfa.models import Authenticator
from django.conf import settings
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
