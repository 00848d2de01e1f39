"""Template context shared by every page."""

from django.conf import settings


def site(request):
    return {
        "site_name": settings.CCN_SITE_NAME,
        "honeypot_field": settings.ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD,
    }
