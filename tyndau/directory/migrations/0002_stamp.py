"""The directory's stamp: every write to a directory table (an admin's edit, the reference
data's import, a test's fixture, raw SQL) gives it a new random token in the same
transaction, so a process knows whether what it derived from the directory is still true
(`tyndau.directory.cache`). Random, not a counter: a rolled-back change's token never
comes back to name other data."""

from django.db import migrations, models

TABLES = ("directory_territory", "directory_sphere", "directory_body", "directory_body_spheres")

POSTGRES = (
    """
    CREATE FUNCTION directory_new_stamp() RETURNS trigger AS $$
    BEGIN
        INSERT INTO directory_directorystamp (id, token)
        VALUES (1, md5(random()::text || clock_timestamp()::text))
        ON CONFLICT (id) DO UPDATE SET token = EXCLUDED.token;
        RETURN NULL;
    END
    $$ LANGUAGE plpgsql
    """,
    *(
        f"""
        CREATE TRIGGER {table}_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
        FOR EACH STATEMENT EXECUTE FUNCTION directory_new_stamp()
        """
        for table in TABLES
    ),
    "INSERT INTO directory_directorystamp (id, token) VALUES (1, md5(random()::text))",
)
POSTGRES_UNDO = (
    *(f"DROP TRIGGER IF EXISTS {table}_stamp ON {table}" for table in TABLES),
    "DROP FUNCTION IF EXISTS directory_new_stamp()",
)
SQLITE_NEW_STAMP = (
    "INSERT OR REPLACE INTO directory_directorystamp (id, token) "
    "VALUES (1, lower(hex(randomblob(16))))"
)
SQLITE = (
    *(
        f"CREATE TRIGGER {table}_stamp_{op.lower()} AFTER {op} ON {table} "
        f"BEGIN {SQLITE_NEW_STAMP}; END"
        for table in TABLES
        for op in ("INSERT", "UPDATE", "DELETE")
    ),
    SQLITE_NEW_STAMP,
)
SQLITE_UNDO = tuple(
    f"DROP TRIGGER IF EXISTS {table}_stamp_{op.lower()}"
    for table in TABLES
    for op in ("INSERT", "UPDATE", "DELETE")
)


def _run(statements_by_vendor):
    def run(apps, schema_editor) -> None:
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, ()):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="DirectoryStamp",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.CharField(max_length=32)),
            ],
            options={"verbose_name": "directory stamp"},
        ),
        migrations.RunPython(
            _run({"postgresql": POSTGRES, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRES_UNDO, "sqlite": SQLITE_UNDO}),
        ),
    ]
