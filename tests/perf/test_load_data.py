"""generate_load_data writes consistent data: every counter equals a rebuild from its rows."""

import pytest
from django.core.management import call_command
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import Coalesce

from community.models import Answer, Question, Revision, User, Vote


def test_generated_data_is_consistent(db):
    call_command(
        "generate_load_data", users=30, questions=60, answers_per_question=3, batch_size=25,
        verbosity=0,
    )
    assert User.objects.count() == 30
    assert Question.objects.count() == 60
    assert Answer.objects.exists()
    drifting_questions = Question.objects.annotate(
        vote_sum=Coalesce(Sum("votes__value"), 0)
    ).exclude(score=F("vote_sum"))
    assert not drifting_questions.exists()
    drifting_answers = Answer.objects.annotate(
        vote_sum=Coalesce(Sum("votes__value"), 0)
    ).exclude(score=F("vote_sum"))
    assert not drifting_answers.exists()
    wrong_counts = Question.objects.annotate(n=Count("answers")).exclude(answer_count=F("n"))
    assert not wrong_counts.exists()
    assert not Vote.objects.filter(
        Q(question__author=F("voter")) | Q(answer__author=F("voter"))
    ).exists()
    accepted = Question.objects.filter(accepted_answer__isnull=False)
    assert accepted.exists()
    assert not accepted.exclude(accepted_answer__question=F("pk")).exists()
    assert Revision.objects.count() == Question.objects.count() + Answer.objects.count()
    assert all(q.tags.count() >= 1 for q in Question.objects.all())


def test_generated_reputation_matches_the_ledger(db):
    from reputation.models import ReputationEvent
    from reputation.services.ledger import reputation_drift

    call_command(
        "generate_load_data", users=20, questions=80, answers_per_question=3, batch_size=30,
        verbosity=0,
    )
    assert ReputationEvent.objects.filter(reason="upvoted").exists()
    assert ReputationEvent.objects.filter(reason="answer_accepted").exists()
    assert User.objects.filter(reputation__gt=1).exists()
    assert reputation_drift() == []
    ups = Vote.objects.filter(value=1).count()
    assert ReputationEvent.objects.filter(reason="upvoted").count() == ups


@pytest.mark.postgres
def test_search_vectors_are_the_ones_an_edit_would_compute(db):
    from community.search import refresh_search_vectors_in

    call_command(
        "generate_load_data", users=20, questions=30, answers_per_question=3, batch_size=30,
        verbosity=0,
    )
    loaded = dict(Question.objects.values_list("pk", "search_vector"))
    assert all(loaded.values())
    refresh_search_vectors_in(list(loaded))
    refreshed = dict(Question.objects.values_list("pk", "search_vector"))
    assert {pk: set(v.split()) for pk, v in loaded.items()} == {
        pk: set(v.split()) for pk, v in refreshed.items()
    }
