"""The attachment store is really full (a small tmpfs mounted for the test, so the kernel says
ENOSPC, not a mock): filing with an attachment fails with a clear message, what was typed is
kept, no appeal exists and no half-written file remains. Needs the right to mount (root in
CI); skipped, saying why, elsewhere."""

import os
import subprocess
from pathlib import Path

import pytest

from tyndau.appeals.models import Appeal, Attachment
from tyndau.appeals.tests import samples
from tyndau.appeals.tests.test_attachment_filing import post_appeal, upload
from tyndau.appeals.tests.test_public_pages import TEXT

pytestmark = [pytest.mark.django_db, pytest.mark.faults]

SIZE_KB = 256


@pytest.fixture
def full_disk(settings, tmp_path) -> Path:
    store = tmp_path / "store"
    store.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE_KB}k", "tmpfs", str(store)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip() or mounted.returncode}")
    try:
        filler = store / "filler"
        with open(filler, "wb", buffering=0) as out:  # fill it up but for a few kilobytes
            try:
                while True:
                    out.write(b"\0" * 4096)
            except OSError:
                pass
        os.truncate(filler, filler.stat().st_size - 8 * 1024)
        settings.MEDIA_ROOT = store
        yield store
    finally:
        subprocess.run(["umount", "-l", str(store)], check=False)


def test_filing_on_a_full_disk_fails_cleanly_and_keeps_the_text(client, full_disk):
    big = samples.pdf() + b"%" + b"x" * 64 * 1024 + b"\n"  # larger than the room left
    response = post_appeal(client, upload("small.pdf", samples.pdf()), upload("big.pdf", big))
    assert response.status_code == 400
    html = response.content.decode()
    assert "The appeal was not sent: the attached files could not be saved." in html
    assert TEXT in html and "Ахметова Динара Болатовна" in html
    assert not Appeal.objects.exists() and not Attachment.objects.exists()
    assert sorted(path.name for path in full_disk.rglob("*") if path.is_file()) == ["filler"]
