"""Sealing stored values again: plain values written before encryption (a migration) and
values sealed with an older key (`tyndau rotate_data_key`). Raw SQL by id ranges, so that
neither the models' current state nor a table's size matters. Under `rotate_data_key` each
range is its own transaction, so a run that stops half way is finished by running it again;
inside a migration the ranges share the migration's one transaction (on PostgreSQL), so a
migration that fails leaves nothing half done and runs again whole."""

from collections.abc import Iterable

from django.db import migrations, transaction

from tyndau.privacy.crypto import Sealer

# Every sealed column: (table, columns). Kept here, not discovered from the models, because
# migrations call this with the tables as they are at that step.
SEALED = (
    ("appeals_appeal", ("applicant_name", "iin_bin", "email", "phone", "address")),
    ("notifications_outboxmessage", ("to", "body")),
    ("api_idempotencyrecord", ("response_body",)),
)


def reseal_table(
    connection, table: str, columns: Iterable[str], sealer: Sealer, *, chunk: int = 2000
) -> int:
    """Seal with the first key every value of these columns that is not yet; how many rows
    changed."""
    quote = connection.ops.quote_name
    columns = list(columns)
    names = ", ".join(quote(c) for c in columns)
    assignments = ", ".join(f"{quote(c)} = %s" for c in columns)
    # The range's rows stay locked until their new values are written: a save in between
    # would otherwise be overwritten by the value read before it. (SQLite has one writer:
    # a save in between makes this transaction fail instead, and a run again finishes.)
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    changed, last = 0, 0
    while True:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, {names} FROM {quote(table)} WHERE id > %s ORDER BY id LIMIT %s{lock}",  # nosec B608: SQL of model metadata and constants; values are bound parameters
                [last, chunk],
            )
            rows = cursor.fetchall()
            if not rows:
                return changed
            updates = []
            for pk, *values in rows:
                resealed = [sealer.reseal(v) for v in values]
                if any(r is not None for r in resealed):
                    kept = [
                        r if r is not None else v for r, v in zip(resealed, values, strict=True)
                    ]
                    updates.append([*kept, pk])
            if updates:
                sql = f"UPDATE {quote(table)} SET {assignments} WHERE id = %s"  # nosec B608: SQL of model metadata and constants; values are bound parameters
                cursor.executemany(sql, updates)
            changed += len(updates)
            last = rows[-1][0]


def reseal_everything(connection, sealer: Sealer) -> dict[str, int]:
    return {table: reseal_table(connection, table, columns, sealer) for table, columns in SEALED}


def unseal_table(connection, table: str, columns: Iterable[str], sealer: Sealer) -> None:
    """Write every sealed value back as plain text (undoing the sealing migrations)."""
    quote = connection.ops.quote_name
    columns = list(columns)
    names = ", ".join(quote(c) for c in columns)
    assignments = ", ".join(f"{quote(c)} = %s" for c in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, {names} FROM {quote(table)} ORDER BY id")  # nosec B608: SQL of model metadata and constants; values are bound parameters
        rows = cursor.fetchall()
        updates = [[*(sealer.open(v) for v in values), pk] for pk, *values in rows]
        if updates:
            cursor.executemany(f"UPDATE {quote(table)} SET {assignments} WHERE id = %s", updates)  # nosec B608: SQL of model metadata and constants; values are bound parameters


def sealing_migration(table: str) -> migrations.RunPython:
    """The migration step that seals a table's columns listed in SEALED (and, backwards,
    opens them, before the columns go back to their old types)."""
    columns = dict(SEALED)[table]

    def seal(apps, schema_editor) -> None:
        reseal_table(schema_editor.connection, table, columns, _sealer())

    def unseal(apps, schema_editor) -> None:
        unseal_table(schema_editor.connection, table, columns, _sealer())

    return migrations.RunPython(seal, unseal, elidable=False)


def _sealer() -> Sealer:
    from tyndau.privacy.fields import sealer

    return sealer()
