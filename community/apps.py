from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = _("Community")

    def ready(self):
        from django.db.models.signals import m2m_changed

        from .models import User
        from .receivers import end_sessions_on_role_change

        m2m_changed.connect(
            end_sessions_on_role_change,
            sender=User.groups.through,
            dispatch_uid="community.end_sessions_on_role_change",
        )
