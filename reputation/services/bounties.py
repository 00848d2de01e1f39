"""Offering, awarding and ending bounties."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community import services as community_services
from community.exceptions import ActionForbidden, CommunityError
from community.models import Answer, Question, User

from ..models import Bounty
from ..models.bounties import BOUNTY_AMOUNTS
from . import ledger


def rule(name: str) -> int:
    return settings.CCN_BOUNTY[name]


def bounty_offer(*, offerer: User, question: Question, amount: int) -> Bounty:
    """Offer ``amount`` of one's reputation to draw a good answer to ``question``."""
    now = timezone.now()
    with transaction.atomic():
        # The offerer's row is locked first: their open bounties are counted one at a time.
        member = User.objects.select_for_update().get(pk=offerer.pk)
        question = Question.objects.get(pk=question.pk)
        _check_offer(member, question, amount, now)
        try:
            with transaction.atomic():
                bounty = Bounty.objects.create(
                    question=question, offerer=member, amount=amount, created_at=now,
                    ends_at=now + timedelta(days=rule("days")),
                    grace_ends_at=now + timedelta(days=rule("days") + rule("grace_days")),
                )
        except IntegrityError as error:
            raise CommunityError(_("This question already has an open bounty.")) from error
        ledger.bounty_charge(bounty=bounty)
        community_services.question_set_bounty(question=question, amount=amount)
    return bounty


def _check_offer(member: User, question: Question, amount: int, now: datetime) -> None:
    if not member.is_active:
        raise ActionForbidden(_("You cannot offer a bounty."))
    if member.reputation < rule("min_reputation"):
        raise ActionForbidden(" ".join([
            _("Offering a bounty needs %(threshold)s reputation; you have %(reputation)s.")
            % {"threshold": rule("min_reputation"), "reputation": member.reputation},
            _("You earn reputation when members up-vote your questions and answers and when "
              "your answers are accepted."),
        ]))
    if amount not in BOUNTY_AMOUNTS:
        raise CommunityError(_("A bounty is 50 to 500 reputation, in steps of 50."))
    if question.is_deleted:
        raise CommunityError(_("This question was deleted."))
    if question.created_at > now - timedelta(days=rule("min_question_age_days")):
        raise CommunityError(
            _("A bounty can be offered once a question is %(days)s days old.")
            % {"days": rule("min_question_age_days")}
        )
    if member.reputation - amount < 1:
        raise CommunityError(
            _("You have %(reputation)s reputation: not enough to offer %(amount)s.")
            % {"reputation": member.reputation, "amount": amount}
        )
    if Bounty.objects.filter(offerer=member, state=Bounty.State.OPEN).count() >= rule(
        "max_open_per_member"
    ):
        raise CommunityError(
            _("You already have %(count)s open bounties; award one before offering another.")
            % {"count": rule("max_open_per_member")}
        )


def bounty_award(*, member: User, bounty: Bounty, answer_id: int) -> Bounty:
    """The offerer gives the bounty to an answer, until the grace period ends."""
    with transaction.atomic():
        bounty = Bounty.objects.select_for_update().select_related("question").get(pk=bounty.pk)
        if bounty.offerer_id != member.pk:
            raise ActionForbidden(_("Only the member who offered the bounty awards it."))
        if not bounty.is_open or timezone.now() > bounty.grace_ends_at:
            raise CommunityError(_("This bounty has ended."))
        answer = Answer.objects.filter(pk=answer_id).first()
        if answer is None or answer.question_id != bounty.question_id or answer.is_deleted:
            raise CommunityError(_("The bounty goes to an answer to its question."))
        if answer.author_id == member.pk:
            raise CommunityError(_("You cannot award your own bounty to yourself."))
        _close(bounty, state=Bounty.State.AWARDED, answer=answer, amount=bounty.amount)
    return bounty


def _close(bounty: Bounty, *, state: str, answer: Answer | None, amount: int) -> None:
    bounty.state, bounty.closed_at = state, timezone.now()
    bounty.awarded_answer, bounty.awarded_amount = answer, amount if answer else 0
    bounty.save(update_fields=["state", "closed_at", "awarded_answer", "awarded_amount"])
    if answer is not None and amount:
        ledger.bounty_pay(bounty=bounty, answer=answer, amount=amount)
    community_services.question_set_bounty(question=bounty.question, amount=0)


def bounties_expire(*, batch: int = 200) -> int:
    """End every bounty past its grace period that the offerer did not award.

    Half goes to the highest-voted answer posted during the bounty with a score of at least
    2 (not the offerer's); without one, nobody gets it. Each bounty is locked and skipped if
    another sweep holds it, so sweeps may overlap.
    """
    due = Bounty.objects.filter(state=Bounty.State.OPEN, grace_ends_at__lte=timezone.now())
    ended = 0
    for pk in due.order_by("grace_ends_at").values_list("pk", flat=True)[:batch]:
        with transaction.atomic():
            bounty = (
                Bounty.objects.select_for_update(skip_locked=True)
                .select_related("question")
                .filter(pk=pk, state=Bounty.State.OPEN)
                .first()
            )
            if bounty is None:
                continue
            best = (
                Answer.objects.filter(
                    question_id=bounty.question_id, is_deleted=False,
                    created_at__gte=bounty.created_at, created_at__lte=bounty.ends_at,
                    score__gte=rule("auto_award_min_score"),
                )
                .exclude(author_id=bounty.offerer_id)
                .order_by("-score", "created_at")
                .first()
            )
            _close(bounty, state=Bounty.State.EXPIRED, answer=best, amount=bounty.amount // 2)
            ended += 1
    return ended
