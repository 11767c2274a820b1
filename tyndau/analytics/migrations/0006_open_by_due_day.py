"""Open appeals counted on the row of their due day, so "overdue now" is a sum of roll-up
rows, not a count over every open appeal. The appeals open today are counted in here."""

from django.db import migrations, models

# Frozen here: the statuses open when this migration was written, and the measures then.
OPEN_STATUSES = (
    "registered",
    "redirected",
    "assigned",
    "in_progress",
    "extension_requested",
    "extended",
    "answer_drafted",
    "answer_approved",
)
OTHER_MEASURES = (
    "received", "received_urgent", "received_repeat", "answered", "answered_late",
    "answer_days", "answered_urgent", "urgent_in_time", "closed_without_answer",
    "formal_answers", "repeat_satisfied", "repeat_refused", "repeat_explained",
    "repeat_terminated", "ratings", "dissatisfied", "unjustified_extensions", "breached",
)  # fmt: skip


def count_open(apps, schema_editor):
    connection = schema_editor.connection
    marks = ", ".join(["%s"] * len(OPEN_STATUSES))
    zeros = ", ".join("0" for _ in OTHER_MEASURES)
    others = ", ".join(OTHER_MEASURES)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE analytics_appealfacts SET open_due = (SELECT a.due_date FROM appeals_appeal a "
            f"WHERE a.id = analytics_appealfacts.appeal_id AND a.status IN ({marks})) "
            "WHERE received_on IS NOT NULL",
            OPEN_STATUSES,
        )
        for table, key, select_key, where in (
            (
                "analytics_dailyfigures",
                "day, body, territory, sphere, executor",
                "open_due, body, territory, sphere, 0",
                "",
            ),
            (
                "analytics_dailyfigures",
                "day, body, territory, sphere, executor",
                "open_due, body, 0, 0, executor",
                "AND executor <> 0",
            ),
            ("analytics_dailybodyfigures", "day, body", "open_due, body", ""),
        ):
            group = ", ".join(c for c in select_key.split(", ") if c != "0")
            cursor.execute(
                f"INSERT INTO {table} ({key}, {others}, open) "
                f"SELECT {select_key}, {zeros}, COUNT(*) FROM analytics_appealfacts "
                f"WHERE open_due IS NOT NULL {where} GROUP BY {group} "
                f"ON CONFLICT ({key}) DO UPDATE SET open = excluded.open"
            )


class Migration(migrations.Migration):
    dependencies = [
        ("analytics", "0005_typed_facts_working_days"),
    ]

    operations = [
        migrations.AddField(
            model_name="appealfacts",
            name="open_due",
            field=models.DateField(null=True),
        ),
        migrations.AddField(
            model_name="dailybodyfigures",
            name="open",
            field=models.IntegerField(default=0),
        ),
        migrations.AddField(
            model_name="dailyfigures",
            name="open",
            field=models.IntegerField(default=0),
        ),
        migrations.RunPython(count_open, migrations.RunPython.noop),
    ]
