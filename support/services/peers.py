"""Peers first: ask the members who answer best in a question's tags whether they can help."""


from django.conf import settings
from django.db import IntegrityError, transaction

from community.models import Question, User

from .. import notify, selectors
from ..models import AnswerRequestOptIn, HelpRequest, PeerRound


def peer_round_run(*, question_id: int) -> PeerRound | None:
    """Send the question's "Can you help?" requests, once per question whatever happens.

    The sweep runs it within a minute of the question being asked. The PeerRound row is
    the lock: a concurrent run waits on its insert and then finds the round done.
    Experts' rows are locked while their requests of the last day are counted, so the
    daily limit holds under concurrent rounds.
    """
    question = Question.objects.filter(pk=question_id, is_deleted=False).first()
    if question is None:
        return None
    with transaction.atomic():
        try:
            with transaction.atomic():
                peer_round = PeerRound.objects.create(question=question)
        except IntegrityError:
            return PeerRound.objects.get(question=question)
        candidates = [m.pk for m in selectors.experts_for(question)]
        if candidates:
            list(User.objects.select_for_update().filter(pk__in=candidates).order_by("pk")
                 .values_list("pk", flat=True))
        still_free = set(selectors.experts_under_daily_limit(candidates))
        experts = [pk for pk in candidates if pk in still_free][: settings.CCN_PEER_EXPERTS]
        requests = HelpRequest.objects.bulk_create(
            HelpRequest(question=question, expert_id=pk) for pk in experts
        )
        peer_round.asked_count = len(requests)
        peer_round.save(update_fields=["asked_count"])
        for help_request in requests:
            transaction.on_commit(lambda r=help_request: notify.expert_can_you_help(r))
    return peer_round


def answer_requests_opt_in(*, member: User) -> None:
    AnswerRequestOptIn.objects.get_or_create(member=member)


def answer_requests_opt_out(*, member: User) -> None:
    AnswerRequestOptIn.objects.filter(member=member).delete()
