from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from ccn.migration_operations import PostgresOnlySQL

ROLE_GROUPS = ["Moderators", "Support agents"]


def create_role_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLE_GROUPS:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        TrigramExtension(),
        PostgresOnlySQL(
            "CREATE INDEX community_q_search_gin ON community_question USING gin (search_vector);",
            "DROP INDEX IF EXISTS community_q_search_gin;",
        ),
        PostgresOnlySQL(
            "CREATE INDEX community_q_title_trgm ON community_question "
            "USING gin (title gin_trgm_ops);",
            "DROP INDEX IF EXISTS community_q_title_trgm;",
        ),
        migrations.RunPython(create_role_groups, migrations.RunPython.noop),
    ]
