"""Appeal facts in typed columns (a rebuild writes them with one INSERT ... SELECT), and the
working-day numbers that let it count answer times in SQL."""

import datetime as dt

from django.db import migrations, models

DATED = ("received_on", "answered_on", "closed_on", "rated_on", "breached_on")
COPIED = (
    "body",
    "territory",
    "sphere",
    "executor",
    "urgent",
    "repeat",
    "answer_days",
    "late",
    "outcome",
    "formal",
    "dissatisfied",
    "reasons",
    "unjustified_extensions",
)


def facts_to_columns(apps, schema_editor):
    """The facts kept as JSON move to their columns ({} stays: it counts nothing)."""
    AppealFacts = apps.get_model("analytics", "AppealFacts")
    changed = []
    for row in AppealFacts.objects.exclude(facts={}).iterator(chunk_size=5000):
        for name in DATED:
            value = row.facts.get(name)
            setattr(row, name, dt.date.fromisoformat(value) if value else None)
        for name in COPIED:
            if name in row.facts:
                setattr(row, name, row.facts[name])
        changed.append(row)
        if len(changed) == 5000:
            AppealFacts.objects.bulk_update(changed, (*DATED, *COPIED))
            changed = []
    if changed:
        AppealFacts.objects.bulk_update(changed, (*DATED, *COPIED))


class Migration(migrations.Migration):
    dependencies = [
        ("analytics", "0004_dailybodyfigures_dailybodyspread"),
    ]

    operations = [
        migrations.CreateModel(
            name="WorkingDayIndex",
            fields=[
                ("day", models.DateField(primary_key=True, serialize=False)),
                ("number", models.IntegerField()),
            ],
            options={
                "verbose_name": "working day number",
                "verbose_name_plural": "working day numbers",
            },
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="answer_days",
            field=models.IntegerField(null=True),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="answered_on",
            field=models.DateField(null=True),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="body",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="breached_on",
            field=models.DateField(null=True),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="closed_on",
            field=models.DateField(null=True),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="dissatisfied",
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="executor",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="formal",
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="late",
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="outcome",
            field=models.CharField(blank=True, default="", max_length=16),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="rated_on",
            field=models.DateField(null=True),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="reasons",
            field=models.JSONField(default=list),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="received_on",
            field=models.DateField(null=True),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="repeat",
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="sphere",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="territory",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="unjustified_extensions",
            field=models.JSONField(default=list),
        ),
        migrations.AddField(
            model_name="appealfacts",
            name="urgent",
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(facts_to_columns, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="appealfacts",
            name="facts",
        ),
    ]
