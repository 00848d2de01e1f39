from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReputationConfig(AppConfig):
    name = "reputation"
    verbose_name = _("Reputation")

    def ready(self):
        from community import signals
        from community.privacy.export import register_section

        from . import privacy, receivers
        from .services import loaddata

        for signal, receiver in [
            (signals.vote_changed, receivers.on_vote_changed),
            (signals.answer_accepted, receivers.on_answer_accepted),
            (signals.answer_unaccepted, receivers.on_answer_unaccepted),
            (signals.post_deleted, receivers.on_post_deleted),
            (signals.post_restored, receivers.on_post_restored),
            (signals.suggested_edit_approved, receivers.on_suggested_edit_approved),
            (signals.comment_posted, receivers.on_comment_posted),
            (signals.post_edited, receivers.on_post_edited),
        ]:
            signal.connect(receiver, dispatch_uid=f"reputation.{receiver.__name__}")
        register_section("reputation_history", privacy.reputation_history)
        register_section("badges", privacy.badges)
        register_section("bounties", privacy.bounties)
        register_section("visit_days", privacy.visit_days)
        signals.member_erased.connect(
            privacy.on_member_erased, dispatch_uid="reputation.privacy.on_member_erased"
        )
        signals.load_batch_written.connect(
            loaddata.on_load_batch_written, dispatch_uid="reputation.on_load_batch_written"
        )
