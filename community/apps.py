from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = _("Community")

    def ready(self):
        from django.db.models.signals import m2m_changed

        from . import caching, signals
        from .models import User
        from .notifications import receivers as notify
        from .receivers import end_sessions_on_role_change

        caching.connect_receivers()
        m2m_changed.connect(
            end_sessions_on_role_change,
            sender=User.groups.through,
            dispatch_uid="community.end_sessions_on_role_change",
        )
        for signal, receiver in [
            (signals.question_asked, notify.on_question_asked),
            (signals.answer_posted, notify.on_answer_posted),
            (signals.comment_posted, notify.on_comment_posted),
            (signals.answer_accepted, notify.on_answer_accepted),
        ]:
            signal.connect(receiver, dispatch_uid=f"community.notify.{receiver.__name__}")
