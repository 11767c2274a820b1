"""Many applicants at once: every appeal is kept and every number is given once."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections

from tyndau.appeals.models import Appeal
from tyndau.appeals.services import file_appeal

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's concurrency")
def test_concurrent_filings_get_distinct_consecutive_numbers(draft_for, astana):
    def file_one(_):
        try:
            return file_appeal(draft_for(astana)).appeal.reg_number
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=8) as pool:
        numbers = list(pool.map(file_one, range(40)))
    assert len(set(numbers)) == 40
    assert sorted(int(n[-6:]) for n in numbers) == list(range(1, 41))
    assert Appeal.objects.count() == 40
