"""seed_demo: a believable demo community, its four sign-ins, and re-runs that never duplicate it.

Seeding takes a few seconds, so one English community is built per module (inside a
transaction that is rolled back at the end) and every test works in a savepoint of it.
"""

import io
import sys
from datetime import timedelta

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import F
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from community import services
from community.demo import en, pt_br
from community.demo.seed import DEMO_PASSWORD, MEMBER_COUNT, SIGN_INS, demo_reset
from community.models import Answer, Comment, Question, Revision, User, Vote
from community.roles import MODERATORS, SUPPORT_AGENTS, is_agent, is_moderator
from tests.factories import MemberFactory, ask

# Hashing is slow on purpose and not what these tests are about.
FAST_HASHER = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def seed_demo(*args) -> str:
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def english_demo(django_db_setup, django_db_blocker):
    """The output of ``seed_demo --if-empty`` on an empty database, in English."""
    with (
        django_db_blocker.unblock(),
        override_settings(LANGUAGE_CODE="en", PASSWORD_HASHERS=FAST_HASHER),
        transaction.atomic(),
    ):
        yield seed_demo("--if-empty")
        transaction.set_rollback(True)


@pytest.fixture
def demo(english_demo, db):
    return english_demo


def community_snapshot() -> list[tuple]:
    return sorted(
        Question.objects.values_list("title", "author__display_name", "answer_count", "score")
    )


# --- what the community holds ---------------------------------------------------------------


def test_demo_has_thirty_members_including_the_four_sign_ins(demo):
    assert User.objects.count() == MEMBER_COUNT == 30
    assert User.objects.filter(email__in=[s.email for s in SIGN_INS]).count() == 4
    assert not User.objects.exclude(email__endswith="@example.com").exists()


def test_demo_has_sixty_questions_across_fifteen_tags(demo):
    assert Question.objects.count() == 60
    assert Tag.objects.filter(taggit_taggeditem_items__isnull=False).distinct().count() == 15


def test_many_questions_are_solved_and_a_few_wait_for_an_answer(demo):
    solved = Question.objects.filter(accepted_answer__isnull=False).count()
    unanswered = Question.objects.filter(answer_count=0).count()
    assert solved >= 30
    assert 2 <= unanswered <= 8
    assert max(Question.objects.values_list("answer_count", flat=True)) <= 5


def test_counters_match_the_rows_the_services_wrote(demo):
    for question in Question.objects.all():
        assert question.answer_count == question.answers.count()
        assert question.score == sum(question.votes.values_list("value", flat=True))
        assert question.revisions.count() == 1
    for answer in Answer.objects.all():
        assert answer.score == sum(answer.votes.values_list("value", flat=True))


def test_nobody_votes_on_their_own_posts(demo):
    assert Vote.objects.count() > 100
    assert not Vote.objects.filter(question__author=F("voter")).exists()
    assert not Vote.objects.filter(answer__author=F("voter")).exists()


def test_the_sign_ins_have_not_voted_so_demos_start_clean(demo):
    assert not Vote.objects.filter(voter__email__in=[s.email for s in SIGN_INS]).exists()


def test_some_posts_have_comments(demo):
    assert Comment.objects.filter(question__isnull=False).exists()
    assert Comment.objects.filter(answer__isnull=False).exists()
    assert Comment.objects.values("question").distinct().count() < 60


def test_activity_is_spread_over_the_last_two_months(demo):
    now = timezone.now()
    asked = list(Question.objects.values_list("created_at", flat=True))
    assert min(asked) >= now - timedelta(days=61)
    assert max(asked) - min(asked) > timedelta(days=30)
    assert not Answer.objects.filter(created_at__lt=F("question__created_at")).exists()
    assert not Question.objects.filter(last_activity_at__lt=F("created_at")).exists()
    assert not Revision.objects.filter(
        question__isnull=False, created_at__gt=F("question__created_at")
    ).exists()


def test_content_is_written_by_hand_not_lorem_ipsum(demo):
    titles = set(Question.objects.values_list("title", flat=True))
    assert titles == {thread.title for thread in en.THREADS}
    assert not Question.objects.filter(body__icontains="lorem").exists()


# --- roles and sign-ins ---------------------------------------------------------------------


def test_sign_ins_hold_their_roles(demo):
    members = {m.email.split("@")[0]: m for m in User.objects.filter(
        email__in=[s.email for s in SIGN_INS]
    )}
    assert list(members["moderator"].groups.values_list("name", flat=True)) == [MODERATORS]
    assert list(members["agent"].groups.values_list("name", flat=True)) == [SUPPORT_AGENTS]
    assert is_moderator(members["moderator"]) and is_agent(members["agent"])
    assert not members["customer"].groups.exists() and not members["customer"].is_staff
    assert members["admin"].is_superuser and members["admin"].is_staff


@pytest.mark.parametrize("sign_in", SIGN_INS, ids=lambda s: s.role)
def test_every_sign_in_can_log_in_with_the_demo_password(demo, client, sign_in):
    assert client.login(email=sign_in.email, password=DEMO_PASSWORD)


def test_customer_signs_in_through_the_sign_in_form(demo, client):
    response = client.post(
        reverse("account_login"),
        {"login": "customer@example.com", "password": DEMO_PASSWORD},
    )
    assert response.status_code == 302
    assert response.url == "/"  # not the "verify your email" page
    customer = User.objects.get(email="customer@example.com")
    assert int(client.session["_auth_user_id"]) == customer.pk


def test_demo_password_passes_the_password_validators(demo):
    validate_password(DEMO_PASSWORD, user=User.objects.get(email="customer@example.com"))


def test_admin_opens_the_django_admin(demo, client):
    client.login(email="admin@example.com", password=DEMO_PASSWORD)
    assert client.get("/admin/").status_code == 200


# --- the command's output and re-runs -------------------------------------------------------


def test_seeding_prints_the_four_sign_ins_the_password_and_the_address(demo):
    for sign_in in SIGN_INS:
        assert sign_in.email in demo
    assert DEMO_PASSWORD in demo
    assert "http://127.0.0.1:8000/" in demo


def test_if_empty_only_prints_the_sign_ins_when_the_demo_exists(demo, monkeypatch):
    monkeypatch.setenv("PORT", "8123")
    before = community_snapshot()
    output = seed_demo("--if-empty")
    assert community_snapshot() == before
    assert User.objects.count() == 30
    assert "http://127.0.0.1:8123/" in output
    assert all(sign_in.email in output for sign_in in SIGN_INS)


def test_seeding_twice_without_reset_is_refused(demo):
    with pytest.raises(CommandError, match="--reset"):
        seed_demo()
    assert Question.objects.count() == 60


def test_if_empty_leaves_a_community_with_its_own_questions_alone(demo):
    demo_reset()
    ask(MemberFactory(email="real@customers.test"), title="A question from a real customer")
    output = seed_demo("--if-empty")
    assert "not added" in output
    assert Question.objects.count() == 1


def test_reset_rebuilds_the_same_community(demo):
    before = community_snapshot()
    old_ids = set(Question.objects.values_list("pk", flat=True))
    seed_demo("--reset")
    assert community_snapshot() == before
    assert not old_ids & set(Question.objects.values_list("pk", flat=True))
    assert User.objects.count() == 30


def test_reset_keeps_other_members_posts_and_recounts_them(demo):
    outsider = MemberFactory(email="real@customers.test")
    question = ask(outsider, title="Can I keep my landline number on fiber?")
    helper = User.objects.filter(email__endswith="@example.com").exclude(pk=outsider.pk).first()
    services.answer_post(author=helper, question=question, body="Yes, ask for number porting.")
    services.vote_set(voter=helper, post=question, value=1)
    seed_demo("--reset")
    question.refresh_from_db()
    assert User.objects.filter(pk=outsider.pk).exists()
    assert (question.answer_count, question.score) == (0, 0)
    assert Question.objects.count() == 61


# --- language -------------------------------------------------------------------------------


def test_pt_br_demo_is_written_in_portuguese(demo, settings):
    settings.LANGUAGE_CODE = "pt-br"
    seed_demo("--reset")
    titles = set(Question.objects.values_list("title", flat=True))
    assert titles == {thread.title for thread in pt_br.THREADS}
    assert "Como tiro a 2ª via da fatura em PDF?" in titles
    assert Tag.objects.filter(name="fatura").exists()
    assert not Tag.objects.filter(name="billing").exists()
    assert User.objects.get(email="agent@example.com").display_name.endswith("da Zefira")


def test_without_faker_the_command_says_how_to_install_it(demo, monkeypatch):
    monkeypatch.setitem(sys.modules, "faker", None)  # as in an image without .[dev]
    with pytest.raises(CommandError, match=r"faker is missing"):
        seed_demo("--reset")
