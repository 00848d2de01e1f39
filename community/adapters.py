"""django-allauth adapter: account emails carry the community's name, not the host name."""

from dataclasses import dataclass

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings


@dataclass(frozen=True)
class SiteIdentity:
    name: str
    domain: str


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        request = allauth_context.request
        domain = request.get_host() if request else ""
        site = SiteIdentity(name=settings.CCN_SITE_NAME, domain=domain)
        super().send_mail(template_prefix, email, {"current_site": site, **context})
