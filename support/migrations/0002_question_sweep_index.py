"""The index the escalation sweep reads: questions still on the ladder, by age.

It lives on community's question table but belongs to support, which alone queries it
(support/services/sweep.py, ``escalable_questions``); community's models do not know
about it. Partial: questions accepted or deleted are left out, so it stays small.
"""

from django.db import migrations, models

INDEX = models.Index(
    fields=["created_at", "id"],
    condition=models.Q(accepted_answer__isnull=True, is_deleted=False),
    name="support_q_sweep_idx",
)


def create_index(apps, schema_editor):
    schema_editor.add_index(apps.get_model("community", "Question"), INDEX)


def drop_index(apps, schema_editor):
    schema_editor.remove_index(apps.get_model("community", "Question"), INDEX)


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0002_search_indexes_and_roles"),
        ("support", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
