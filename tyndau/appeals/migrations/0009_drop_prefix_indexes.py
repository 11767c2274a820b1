"""Indexes that nothing reads go, since each is one more write for every appeal filed or
imported:
- the single-column ones on body_id and executor_id: the composite indexes (body, status,
  due_date) and (executor, status) start with them and serve the same lookups;
- on PostgreSQL, the `_like` (varchar_pattern_ops) twins of the unique reg_number,
  tracking_token_hash and external_id and of iin_bin: only LIKE 'prefix%' would use them,
  and nothing asks that (the inbox's search is icontains, which cannot).
Dropped by name rather than through AlterField, which on SQLite would copy the whole table
twice."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

DROPPED = ("appeals_appeal_body_id_f7a485d0", "appeals_appeal_executor_id_9c196cc9")
RESTORED = (
    'CREATE INDEX "appeals_appeal_body_id_f7a485d0" ON "appeals_appeal" ("body_id")',
    'CREATE INDEX "appeals_appeal_executor_id_9c196cc9" ON "appeals_appeal" ("executor_id")',
)
LIKE = {  # PostgreSQL only
    "appeals_appeal_reg_number_f670a819_like": "reg_number",
    "appeals_appeal_tracking_token_hash_038ae087_like": "tracking_token_hash",
    "appeals_appeal_external_id_03e76aa0_like": "external_id",
    "appeals_appeal_iin_bin_12ce3908_like": "iin_bin",
}


def drop_like(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for name in LIKE:
            schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


def restore_like(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for name, column in LIKE.items():
            schema_editor.execute(
                f'CREATE INDEX "{name}" ON "appeals_appeal" ("{column}" varchar_pattern_ops)'
            )


class Migration(migrations.Migration):
    dependencies = [
        ("appeals", "0008_appeal_status_due"),
        ("directory", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                *(
                    migrations.RunSQL(f'DROP INDEX IF EXISTS "{name}"', reverse_sql=restore)
                    for name, restore in zip(DROPPED, RESTORED, strict=True)
                ),
                migrations.RunPython(drop_like, restore_like),
            ],
            state_operations=[
                migrations.AlterField(
                    model_name="appeal",
                    name="body",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="appeals",
                        to="directory.body",
                        verbose_name="body",
                    ),
                ),
                migrations.AlterField(
                    model_name="appeal",
                    name="executor",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="assigned_appeals",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="executor",
                    ),
                ),
            ],
        )
    ]
