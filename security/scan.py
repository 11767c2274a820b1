"""`make security`: bandit over Tyndau's code and pip-audit over its installed dependencies.
Fails on any finding not accepted with a reason (bandit: `# nosec BXXX: reason` on the line;
pip-audit: security/accepted.toml).

pip-audit asks a vulnerability service (PyPI's JSON API, or OSV with TYNDAU_AUDIT_SERVICE=osv).
A machine that cannot reach one audits nothing: that is said loudly, and it is a failure only
with TYNDAU_AUDIT_STRICT=1 (set it where the service is reachable, so that an outage is not
mistaken for a clean result).
"""

import datetime as dt
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ACCEPTED = ROOT / "security" / "accepted.toml"


def bandit() -> bool:
    done = subprocess.run(
        [str(BIN / "bandit"), "-c", "pyproject.toml", "-r", "tyndau", "-q", "-f", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    report = json.loads(done.stdout or "{}")
    findings = report.get("results", [])
    for finding in findings:
        print(
            f"bandit {finding['test_id']} {finding['issue_severity']}: "
            f"{finding['filename']}:{finding['line_number']}: {finding['issue_text']}"
        )
    skipped = report.get("metrics", {}).get("_totals", {}).get("skipped_tests", 0)
    print(f"bandit: {len(findings)} findings; {skipped} accepted in code with # nosec and a reason")
    return not findings and done.returncode in (0, 1)


def _accepted() -> dict[str, dict]:
    entries = tomllib.loads(ACCEPTED.read_text()).get("vulnerability", [])
    today = dt.date.today()
    accepted = {}
    for entry in entries:
        if not entry.get("reason"):
            raise SystemExit(f"{ACCEPTED}: {entry.get('id')} has no reason")
        until = entry.get("until")
        if until and dt.date.fromisoformat(str(until)) < today:
            print(f"pip-audit: the acceptance of {entry['id']} ran out on {until}: look again")
            continue
        accepted[entry["id"]] = entry
    return accepted


def pip_audit() -> bool:
    service = os.environ.get("TYNDAU_AUDIT_SERVICE", "pypi")
    done = subprocess.run(
        [str(BIN / "pip-audit"), "-s", service, "-f", "json", "--progress-spinner", "off"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        print(f"pip-audit could not run against {service}: {done.stderr.strip()[-500:]}")
        return _unreachable()
    accepted = _accepted()
    dependencies = report.get("dependencies", [])
    audited = [d for d in dependencies if "skip_reason" not in d]
    found = [
        (d["name"], d["version"], v)
        for d in audited
        for v in d.get("vulns", [])
        if v["id"] not in accepted and not set(v.get("aliases", [])) & set(accepted)
    ]
    for name, version, vuln in found:
        print(f"pip-audit {vuln['id']}: {name} {version} (fixed in {vuln.get('fix_versions')})")
    print(
        f"pip-audit ({service}): {len(audited)} of {len(dependencies)} packages audited, "
        f"{len(found)} vulnerabilities not accepted, {len(accepted)} accepted"
    )
    if dependencies and not audited:
        return _unreachable()
    return not found


def _unreachable() -> bool:
    print(
        "pip-audit: the vulnerability service did not answer for any package from this "
        "machine, so NOTHING WAS AUDITED."
    )
    return os.environ.get("TYNDAU_AUDIT_STRICT") != "1"


if __name__ == "__main__":
    code_clean = bandit()
    dependencies_clean = pip_audit()
    sys.exit(0 if code_clean and dependencies_clean else 1)
