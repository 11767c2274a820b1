"""The task worker is killed (SIGKILL) again and again in the middle of sending letters:
after it is restarted every letter is sent, and none is sent twice as a distinct letter.

SMTP has no way to make a send and our record of it one step, so the guarantee is this: a
letter the worker sent but could not mark before it died is sent again with the same
Message-ID, which mail servers and clients use to drop the copy; the drill counts how many such
copies reached the SMTP server (the window is the few milliseconds between the server's
"250 OK" and the commit that marks the letter sent)."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter

from tyndau.notifications.tests.smtp import MailServer

LETTERS = 300
KILLS = 12


def _run(env: dict, *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "faults.outbox", *args],
        env={**os.environ, **env},
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _worker(env: dict, log) -> subprocess.Popen:
    command = [sys.executable, "-m", "tyndau.cli", "db_worker", "--no-reload", "--interval", "0.05"]
    return subprocess.Popen(
        command, env={**os.environ, **env}, stdout=log, stderr=log, start_new_session=True
    )


def test_a_killed_task_worker_sends_every_letter_once(postgres_site, log_dir):
    mail = MailServer()
    mail.start()
    env = {**postgres_site.env(), "TYNDAU_EMAIL_PORT": str(mail.port)}
    try:
        _run(env, "queue", str(LETTERS))
        kills = 0
        with open(log_dir / "db_worker.log", "ab") as log:
            while kills < KILLS:
                worker = _worker(env, log)
                sent = len(mail.recorder.letters)
                deadline = time.monotonic() + 30
                while len(mail.recorder.letters) == sent and time.monotonic() < deadline:
                    time.sleep(0.01)  # until it is sending
                time.sleep(random.random() * 0.3)
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait()
                kills += 1
            sent_before_last_start = len(mail.recorder.letters)
            worker = _worker(env, log)
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                states = Counter(row["state"] for row in json.loads(_run(env, "report")))
                if states["pending"] == 0 or len(mail.recorder.letters) >= LETTERS:
                    break
                time.sleep(1)
            time.sleep(1)
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(30)
        # Letters whose worker died holding them are leased for 5 minutes; the sweep that
        # runs every minute takes them once the lease is over.
        swept = json.loads(_run(env, "sweep", "6"))["sent"]
        outbox = json.loads(_run(env, "report"))
    finally:
        mail.stop()
    received = Counter(mail.recorder.message_ids())
    copies = sum(count - 1 for count in received.values())
    print(
        f"\ntask worker killed {kills} times; {sent_before_last_start} letters out before the "
        f"last start; {swept} sent by the sweep after the leases; {copies} copies with a "
        f"repeated Message-ID"
    )
    assert len(outbox) == LETTERS
    assert {row["state"] for row in outbox} == {"sent"}
    assert set(received) == {row["message_id"] for row in outbox}  # every letter, none unknown
    assert copies <= kills  # at most the one letter in flight per kill
    assert 0 < sent_before_last_start < LETTERS, "the drill must kill the worker while it sends"
