"""Ten million appeals into PostgreSQL in minutes: the benchmark's bulk path.

`tyndau import_appeals` validates every row in Python, which suits a body's migration but
would spend most of an hour on ten million; here PostgreSQL makes the appeals itself from
`generate_series`, a million per statement, spread as real ones are: two years, every
non-unit body, a local akimat's appeals from its own territory, a ministry's from anywhere,
most answered (in 2 to 40 days), some rated, some repeats of earlier ones. No events, terms
or texts worth reading: the roll-ups are rebuilt from these rows afterwards (and timed), and
the pages read the roll-ups.
"""

import datetime as dt

from django.db import connection, transaction

CHUNK = 1_000_000
ANSWER_DAYS = "ARRAY[2, 5, 8, 10, 12, 14, 15, 18, 25, 40]"


def fill(count: int, progress=print) -> None:
    """Add `count` appeals (and their ratings) to the appeals already there."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT setseed(0.2026)")
        cursor.execute("SELECT COALESCE(MAX(id), 0) FROM appeals_appeal")
        (base,) = cursor.fetchone()
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    start = now - dt.timedelta(days=730)
    for first in range(1, count + 1, CHUNK):
        last = min(count, first + CHUNK - 1)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                APPEALS,
                {
                    "base": base,
                    "first": first,
                    "last": last,
                    "count": count,
                    "start": start,
                    "now": now,
                },
            )
            cursor.execute(RATINGS, {"low": base + first, "high": base + last, "now": now})
        progress(f"  {last:,} of {count:,} appeals generated")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('appeals_appeal', 'id'), "
            "(SELECT MAX(id) FROM appeals_appeal))"
        )
        cursor.execute("ANALYZE appeals_appeal")
        cursor.execute("ANALYZE ratings_rating")


APPEALS = f"""
WITH bodies AS (
    SELECT array_agg(id ORDER BY id) AS ids, array_agg(COALESCE(territory_id, 0) ORDER BY id)
        AS places FROM directory_body WHERE kind <> 'unit'
), territories AS (
    SELECT array_agg(id ORDER BY id) AS ids FROM directory_territory
), spheres AS (
    SELECT array_agg(id ORDER BY id) AS ids FROM directory_sphere WHERE parent_id IS NOT NULL
), drawn AS (
    SELECT g AS n,
        %(start)s::timestamptz + (%(now)s::timestamptz - %(start)s::timestamptz)
            * (g::float8 / %(count)s) AS received,
        1 + floor(random() * array_length(bodies.ids, 1))::int AS b,
        1 + floor(random() * array_length(territories.ids, 1))::int AS t,
        1 + floor(random() * array_length(spheres.ids, 1))::int AS s,
        ({ANSWER_DAYS})[1 + floor(random() * 10)::int] AS days,
        random() AS answered_if, random() AS kind_if, random() AS repeat_if,
        floor(random() * 1000)::int AS back
    FROM generate_series(%(first)s, %(last)s) AS g, bodies, territories, spheres
)
INSERT INTO appeals_appeal (
    id, reg_number, external_id, tracking_token_hash, kind, channel, status, outcome, ground,
    language, subject, text, applicant_type, applicant_name, iin_bin, email, phone, address,
    territory_id, sphere_id, body_id, executor_id, registered_by_id, repeat_of_id, is_urgent,
    urgency_reason, received_at, due_date, answered_at, closed_at, created_at, updated_at)
SELECT
    %(base)s + n, 'BULK-' || n, NULL, md5('bulk-' || n),
    (ARRAY['statement', 'complaint', 'request', 'proposal'])[1 + floor(kind_if * 4)::int],
    'web', CASE WHEN answered THEN 'answered' ELSE 'registered' END,
    CASE WHEN answered THEN (ARRAY['satisfied', 'refused', 'explained', 'explained'])
        [1 + floor(kind_if * 4)::int] ELSE '' END,
    '', CASE WHEN n %% 3 = 0 THEN 'kk' ELSE 'ru' END, '', 'Обращение ' || n, 'anonymous',
    '', '', '', '', '',
    CASE WHEN bodies.places[b] <> 0 THEN bodies.places[b] ELSE territories.ids[t] END,
    spheres.ids[s], bodies.ids[b], NULL, NULL,
    CASE WHEN repeat_if < 0.04 AND n > 1000 THEN %(base)s + n - 1 - back END,
    repeat_if > 0.995, '', received, (received + interval '21 days')::date,
    CASE WHEN answered THEN received + days * interval '1 day' END, NULL, received, received
FROM (
    SELECT drawn.*, answered_if < 0.95 AND received + days * interval '1 day' < %(now)s
        AS answered
    FROM drawn
) d, bodies, territories, spheres
"""

RATINGS = """
INSERT INTO ratings_rating (appeal_id, answer_id, score, reasons, comment, created_at,
    changed_at, follow_up_id)
SELECT id, NULL, score,
    CASE WHEN score <= 2 THEN jsonb_build_array((ARRAY['incomplete', 'no_specific_information',
        'deadline_broken', 'not_solved', 'other'])[1 + (id %% 5)]) ELSE '[]'::jsonb END,
    '', LEAST(answered_at + interval '1 day', %(now)s::timestamptz), NULL, NULL
FROM (
    SELECT id, answered_at, (ARRAY[1, 2, 3, 4, 5, 5])[1 + floor(random() * 6)::int] AS score,
        random() AS rated_if
    FROM appeals_appeal
    WHERE id BETWEEN %(low)s AND %(high)s AND answered_at IS NOT NULL
) a
WHERE rated_if < 0.15
"""


def fill_under(count: int, path: str = "", prefix: str = "BULK", progress=print) -> None:
    """Like `fill`, but only to the non-unit bodies whose path starts with `path` (a body and
    those below it; "" for every body), numbered `<prefix>-<id>`: so it can add to appeals
    that it or `fill` made before, which `fill` itself cannot (its numbers start at 1)."""
    sql = APPEALS
    for old, new in (
        ("WHERE kind <> 'unit'", "WHERE kind <> 'unit' AND starts_with(path, %(path)s)"),
        ("'BULK-' || n", "%(prefix)s || (%(base)s + n)"),
        ("md5('bulk-' || n)", "md5(%(prefix)s || (%(base)s + n))"),
    ):
        if old not in sql:
            raise RuntimeError(f"bench.bulkfill.APPEALS changed: no {old!r} in it")
        sql = sql.replace(old, new)
    with connection.cursor() as cursor:
        cursor.execute("SELECT setseed(0.2026)")
        cursor.execute("SELECT COALESCE(MAX(id), 0) FROM appeals_appeal")
        (base,) = cursor.fetchone()
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    start = now - dt.timedelta(days=730)
    for first in range(1, count + 1, CHUNK):
        last = min(count, first + CHUNK - 1)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                sql,
                {
                    "base": base,
                    "first": first,
                    "last": last,
                    "count": count,
                    "start": start,
                    "now": now,
                    "path": path,
                    "prefix": f"{prefix}-",
                },
            )
            cursor.execute(RATINGS, {"low": base + first, "high": base + last, "now": now})
        progress(f"  {last:,} of {count:,} appeals generated")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('appeals_appeal', 'id'), "
            "(SELECT MAX(id) FROM appeals_appeal))"
        )
        cursor.execute("ANALYZE appeals_appeal")
        cursor.execute("ANALYZE ratings_rating")
