from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupportConfig(AppConfig):
    name = "support"
    verbose_name = _("Support")

    def ready(self):
        from community import signals

        from . import notification_kinds, receivers  # noqa: F401 - registers the kinds

        signals.answer_accepted.connect(
            receivers.settle_escalation_on_accept, dispatch_uid="support.settle_on_accept"
        )
        signals.answer_posted.connect(
            receivers.note_reply_on_answer, dispatch_uid="support.reply_on_answer"
        )
        signals.comment_posted.connect(
            receivers.note_reply_on_comment, dispatch_uid="support.reply_on_comment"
        )
