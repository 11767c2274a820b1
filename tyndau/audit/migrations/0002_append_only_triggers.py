"""The database itself refuses to change audit records (and, on PostgreSQL, to delete them;
SQLite keeps DELETE for Django's test flush and relies on the model's refusal)."""

from django.db import migrations

POSTGRES = (
    """
    CREATE FUNCTION audit_append_only() RETURNS trigger AS $$
    BEGIN
        RAISE EXCEPTION 'audit records are append-only';
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_auditrecord
    FOR EACH ROW EXECUTE FUNCTION audit_append_only()
    """,
)
POSTGRES_UNDO = (
    "DROP TRIGGER IF EXISTS audit_append_only ON audit_auditrecord",
    "DROP FUNCTION IF EXISTS audit_append_only()",
)
SQLITE = (
    """
    CREATE TRIGGER audit_append_only BEFORE UPDATE ON audit_auditrecord
    BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END
    """,
)
SQLITE_UNDO = ("DROP TRIGGER IF EXISTS audit_append_only",)


def _run(statements_by_vendor):
    def run(apps, schema_editor) -> None:
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, ()):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRES_UNDO, "sqlite": SQLITE_UNDO}),
        )
    ]
