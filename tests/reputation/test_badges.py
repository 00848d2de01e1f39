"""Every badge: awarded when its rule is met, not when it falls just short; once; told."""

import datetime

import pytest
import time_machine
from django.db import IntegrityError
from django.utils import timezone

from community import services
from community.models import Answer, Notification, Question
from reputation import badges as catalogue
from reputation.models import Award, VisitDay
from reputation.services.badges import badges_award
from tests.factories import MemberFactory, answer, ask, comment, vote

pytestmark = pytest.mark.django_db


def _held(member, slug: str) -> list:
    """What ``member`` holds ``slug`` for: [None] for a once-only badge, else posts or tags."""
    awards = Award.objects.filter(user=member, badge=slug)
    return [a.question_id or a.answer_id or a.tag_name or None for a in awards]


def _award(member, *slugs):
    return badges_award(member_ids=[member.pk], slugs=slugs or None)


def _score(post, score: int):
    type(post).objects.filter(pk=post.pk).update(score=score)
    return post


def _accept(reply):
    services.answer_accept(member=reply.question.author, answer=reply)
    return reply


# --- once per member --------------------------------------------------------------------


@pytest.mark.parametrize(("score", "earned"), [(1, True), (0, False)])
def test_student_for_a_question_with_a_score_of_one(score, earned):
    question = _score(ask(), score)
    _award(question.author, "student")
    assert bool(_held(question.author, "student")) is earned


@pytest.mark.parametrize(("score", "earned"), [(1, True), (0, False)])
def test_teacher_for_an_answer_with_a_score_of_one(score, earned):
    reply = _score(answer(), score)
    _award(reply.author, "teacher")
    assert bool(_held(reply.author, "teacher")) is earned


def test_scholar_for_accepting_someone_elses_answer_not_ones_own():
    question = ask()
    own = answer(question, question.author)
    _accept(own)
    _award(question.author, "scholar")
    assert _held(question.author, "scholar") == []
    _accept(answer(question))
    _award(question.author, "scholar")
    assert _held(question.author, "scholar") == [None]


def test_supporter_for_a_first_upvote_and_critic_for_a_first_downvote():
    fan, critic = MemberFactory(), MemberFactory()
    vote(answer(), fan, value=1)
    vote(answer(), critic, value=-1)
    badges_award(member_ids=[fan.pk, critic.pk], slugs=["supporter", "critic"])
    assert (_held(fan, "supporter"), _held(fan, "critic")) == ([None], [])
    assert (_held(critic, "supporter"), _held(critic, "critic")) == ([], [None])


def test_editor_for_a_first_edit_not_for_writing():
    question = ask()
    _award(question.author, "editor")
    assert _held(question.author, "editor") == []
    services.question_edit(
        editor=question.author, question=question, title=question.title,
        body=question.body + " I use the mobile app.", tags="billing",
    )
    _award(question.author, "editor")
    assert _held(question.author, "editor") == [None]


@pytest.mark.parametrize(("comments", "earned"), [(10, True), (9, False)])
def test_commentator_for_ten_comments(comments, earned):
    member, question = MemberFactory(), ask()
    for number in range(comments):
        comment(question, member, body=f"Comment number {number} on this.")
    _award(member, "commentator")
    assert bool(_held(member, "commentator")) is earned


def test_enthusiast_for_thirty_days_in_a_row_and_not_with_a_gap():
    steady, gappy = MemberFactory(), MemberFactory()
    start = datetime.date(2025, 1, 1)
    for offset in range(30):
        VisitDay.objects.create(user=steady, day=start + datetime.timedelta(days=offset))
        if offset != 15:  # missed one day
            VisitDay.objects.create(user=gappy, day=start + datetime.timedelta(days=offset + 1))
    with time_machine.travel(datetime.datetime(2025, 2, 5, tzinfo=datetime.UTC)):
        badges_award(member_ids=[steady.pk, gappy.pk], slugs=["enthusiast"])
    assert (_held(steady, "enthusiast"), _held(gappy, "enthusiast")) == ([None], [])


# --- once per post -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "threshold"), [("nice-answer", 10), ("good-answer", 25), ("great-answer", 100)]
)
def test_answer_score_badges_once_per_answer_from_their_threshold(slug, threshold):
    helper = MemberFactory()
    at = _score(answer(author=helper), threshold)
    below = _score(answer(author=helper), threshold - 1)
    also_at = _score(answer(author=helper), threshold + 5)
    _award(helper, slug)
    assert sorted(_held(helper, slug)) == sorted([at.pk, also_at.pk])
    assert below.pk not in _held(helper, slug)


@pytest.mark.parametrize(
    ("slug", "threshold"),
    [("nice-question", 10), ("good-question", 25), ("great-question", 100)],
)
def test_question_score_badges_once_per_question_from_their_threshold(slug, threshold):
    asker = MemberFactory()
    at, below = _score(ask(asker), threshold), _score(ask(asker), threshold - 1)
    _award(asker, slug)
    assert _held(asker, slug) == [at.pk]
    assert below.pk not in _held(asker, slug)


@pytest.mark.parametrize(
    ("days_later", "score", "earned"), [(61, 5, True), (59, 5, False), (61, 4, False)]
)
def test_necromancer_for_a_scored_answer_sixty_days_after_the_question(days_later, score, earned):
    asked = timezone.now() - datetime.timedelta(days=100)
    with time_machine.travel(asked):
        question = ask()
    with time_machine.travel(asked + datetime.timedelta(days=days_later)):
        reply = _score(answer(question), score)
    _award(reply.author, "necromancer")
    assert (_held(reply.author, "necromancer") == [reply.pk]) is earned


def test_enlightened_for_the_first_answer_accepted_with_ten():
    question = ask()
    first = _score(answer(question), 10)
    later = _score(answer(ask()), 10)
    answer(later.question)  # another answer, but after it: still first
    second_on_other = _score(answer(ask()), 12)
    answer(second_on_other.question)
    Answer.objects.filter(pk=second_on_other.pk).update(
        created_at=timezone.now() + datetime.timedelta(minutes=5)
    )
    for reply in (first, later, second_on_other):
        _accept(reply)
    badges_award(slugs=["enlightened"])
    assert _held(first.author, "enlightened") == [first.pk]
    assert _held(later.author, "enlightened") == [later.pk]
    assert _held(second_on_other.author, "enlightened") == []


def test_enlightened_needs_acceptance_and_a_score_of_ten():
    unaccepted = _score(answer(), 15)
    low = _accept(_score(answer(), 9))
    badges_award(slugs=["enlightened"])
    assert _held(unaccepted.author, "enlightened") == [] == _held(low.author, "enlightened")


@pytest.mark.parametrize(("score", "accepted", "earned"), [
    (40, True, True), (39, True, False), (40, False, False),
])
def test_guru_for_an_accepted_answer_with_forty(score, accepted, earned):
    reply = _score(answer(), score)
    if accepted:
        _accept(reply)
    _award(reply.author, "guru")
    assert (_held(reply.author, "guru") == [reply.pk]) is earned


@pytest.mark.parametrize(("minutes", "accepted", "earned"), [
    (59, True, True), (61, True, False), (30, False, False),
])
def test_first_responder_for_a_first_answer_within_the_hour_later_accepted(
    minutes, accepted, earned
):
    asked = timezone.now() - datetime.timedelta(days=1)
    with time_machine.travel(asked):
        question = ask()
    with time_machine.travel(asked + datetime.timedelta(minutes=minutes)):
        reply = answer(question)
    if accepted:
        _accept(reply)
    _award(reply.author, "first-responder")
    assert (_held(reply.author, "first-responder") == [reply.pk]) is earned


def test_first_responder_is_for_the_first_answer_only():
    question = ask()
    answer(question)
    second = _accept(answer(question))
    Answer.objects.filter(pk=second.pk).update(
        created_at=Question.objects.get(pk=question.pk).created_at + datetime.timedelta(minutes=9)
    )
    _award(second.author, "first-responder")
    assert _held(second.author, "first-responder") == []


# --- tag badges ------------------------------------------------------------------------


@pytest.fixture
def small_tag_rules(monkeypatch):
    """Tag badge thresholds divided by 10 in score and answers, so tests stay small."""
    monkeypatch.setattr(catalogue, "TAG_BADGE_RULES", {
        "bronze": (10, 2), "silver": (40, 8), "gold": (100, 20),
    })


def _answers_in_tag(helper, tag: str, scores: list[int]) -> None:
    for score in scores:
        _score(answer(ask(tags=tag), helper), score)


@pytest.mark.parametrize(("scores", "earned"), [
    ([5, 5], ["billing"]),  # score 10 over 2 answers
    ([10], []),  # enough score, too few answers
    ([5, 4], []),  # enough answers, too little score
])
def test_bronze_tag_badge_for_score_over_answers_in_one_tag(small_tag_rules, scores, earned):
    helper = MemberFactory()
    _answers_in_tag(helper, "billing", scores)
    _answers_in_tag(helper, "roaming", [1, 1])
    _award(helper, "tag-bronze")
    assert _held(helper, "tag-bronze") == earned


def test_silver_and_gold_tag_badges_need_more(small_tag_rules):
    helper = MemberFactory()
    _answers_in_tag(helper, "billing", [5] * 8)
    _award(helper)
    held = [_held(helper, f"tag-{tier}") for tier in ("bronze", "silver", "gold")]
    assert held == [["billing"], ["billing"], []]


def test_default_tag_badge_rules_are_100_400_1000_over_20_80_200_answers():
    assert catalogue.TAG_BADGE_RULES == {
        "bronze": (100, 20), "silver": (400, 80), "gold": (1000, 200)
    }


# --- awarding -----------------------------------------------------------------------------


def test_awarding_twice_gives_each_badge_once_and_tells_the_member_once():
    reply = _score(answer(), 10)
    first = _award(reply.author)
    second = _award(reply.author)
    assert {a.badge for a in first} == {"teacher", "nice-answer"}
    assert second == []
    assert Award.objects.filter(user=reply.author).count() == 2
    told = Notification.objects.filter(recipient=reply.author, kind="badge_earned")
    assert sorted(told.values_list("subject", flat=True)) == ["Nice Answer", "Teacher"]
    assert told.get(subject="Teacher").url == "/badges/teacher/"


def test_database_refuses_a_second_copy_of_a_once_only_badge(member):
    Award.objects.create(user=member, badge="student", tier="bronze")
    with pytest.raises(IntegrityError):
        Award.objects.create(user=member, badge="student", tier="bronze")


def test_deactivated_members_are_not_awarded():
    question = _score(ask(), 3)
    question.author.is_active = False
    question.author.save(update_fields=["is_active"])
    badges_award(slugs=["student"])
    assert not Award.objects.exists()


def test_tag_badge_is_told_with_its_tag_and_tier(small_tag_rules):
    helper = MemberFactory()
    _answers_in_tag(helper, "billing", [5, 5])
    _award(helper, "tag-bronze")
    told = Notification.objects.get(recipient=helper, kind="badge_earned")
    assert (told.subject, told.url) == ("billing (bronze tag badge)", "/badges/tag-bronze/")


# --- Lifesaver: support was spared ------------------------------------------------------


def _escalated_question():
    from support.services import escalation_create

    question = ask()
    escalation = escalation_create(question=question, reason="no_answer")
    return question, escalation


def test_lifesaver_for_an_accepted_answer_on_an_escalated_question():
    question, _escalation = _escalated_question()
    reply = _accept(answer(question))
    _award(reply.author, "lifesaver")
    assert _held(reply.author, "lifesaver") == [reply.pk]


def test_no_lifesaver_when_the_question_never_went_to_support_or_staff_answered():
    from support.services import official_answer_post
    from tests.factories import agent

    plain = _accept(answer())
    question, escalation = _escalated_question()
    official = official_answer_post(
        agent=agent(), escalation=escalation, body="The official fix: reset the router."
    )
    _accept(official)
    badges_award(slugs=["lifesaver"])
    assert not Award.objects.filter(badge="lifesaver").exists()
    assert _held(plain.author, "lifesaver") == []
