"""Indexes for pages whose cost must not grow with the number of questions.

- One partial index per question-list sort (visible questions, ending with the id), so a
  page's ids come from the index alone; they replace the two older list indexes.
- A full-text index over titles alone, in each language that ships, for similar-question
  suggestions (community.search).

Built with CREATE INDEX CONCURRENTLY on PostgreSQL: a live site keeps writing meanwhile.
"""

from django.db import migrations, models

from ccn.migration_operations import (
    AddIndexConcurrently,
    PostgresOnlySQL,
    RemoveIndexConcurrently,
)

TITLE_CONFIGS = ("english", "portuguese")


def title_index(config: str) -> PostgresOnlySQL:
    return PostgresOnlySQL(
        f"CREATE INDEX CONCURRENTLY IF NOT EXISTS community_q_title_fts_{config} "
        f"ON community_question USING gin (to_tsvector('{config}'::regconfig, title)) "
        "WHERE NOT is_deleted;",
        f"DROP INDEX CONCURRENTLY IF EXISTS community_q_title_fts_{config};",
    )


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("community", "0006_question_bounty_amount_and_more"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="question",
            index=models.Index(
                condition=models.Q(("is_deleted", False)), fields=["-created_at", "-id"],
                name="community_q_list_new_idx",
            ),
        ),
        AddIndexConcurrently(
            model_name="question",
            index=models.Index(
                condition=models.Q(("is_deleted", False)), fields=["-last_activity_at", "-id"],
                name="community_q_list_active_idx",
            ),
        ),
        AddIndexConcurrently(
            model_name="question",
            index=models.Index(
                condition=models.Q(("is_deleted", False)),
                fields=["-score", "-created_at", "-id"], name="community_q_list_votes_idx",
            ),
        ),
        AddIndexConcurrently(
            model_name="question",
            index=models.Index(
                condition=models.Q(("answer_count", 0), ("is_deleted", False)),
                fields=["-created_at", "-id"], name="community_q_list_unans_idx",
            ),
        ),
        RemoveIndexConcurrently(model_name="question", name="community_q_votes_idx"),
        RemoveIndexConcurrently(model_name="question", name="community_q_unanswered_idx"),
        *(title_index(config) for config in TITLE_CONFIGS),
    ]
