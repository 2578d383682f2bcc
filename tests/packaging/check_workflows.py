"""The GitHub workflows parse (python3-yaml) and do what the README and the packaging promise:
CI runs the README's test command on Ubuntu 24.04; a tag builds the AppImage on Ubuntu 22.04
and the disk image on macOS 14 and attaches them to the release.

    check_workflows.py SOURCE_DIR
"""
import pathlib
import sys

try:
    import yaml
except ImportError:
    print("SKIP: python3-yaml is missing (apt-get install python3-yaml)")
    sys.exit(0)

root = pathlib.Path(sys.argv[1])
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def load(name):
    path = root / ".github" / "workflows" / name
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    check(isinstance(data, dict) and "jobs" in data, f"{name}: no jobs")
    # YAML 1.1 reads the key `on` as the boolean true.
    triggers = data.get("on", data.get(True))
    check(triggers is not None, f"{name}: no trigger (on:)")
    return data, triggers


def steps_text(job):
    return "\n".join(str(s.get("run", "")) + " " + str(s.get("uses", "")) for s in job.get("steps", []))


readme = (root / "README.md").read_text(encoding="utf-8")
check("scripts/dev.sh test" in readme, "README no longer shows scripts/dev.sh test")

ci, ci_on = load("ci.yml")
jobs = ci.get("jobs", {})
runners = {name: job.get("runs-on") for name, job in jobs.items()}
test_jobs = [j for j in jobs.values() if j.get("runs-on") == "ubuntu-24.04" and "scripts/dev.sh test" in steps_text(j)]
check(test_jobs, f"ci.yml: no ubuntu-24.04 job runs scripts/dev.sh test (runners: {runners})")
check(all(int(j.get("timeout-minutes", 0)) >= 60 for j in test_jobs), "ci.yml: the test job needs a timeout of an hour or more")
check(isinstance(ci_on, dict) and "push" in ci_on and "pull_request" in ci_on, "ci.yml: should run on push and pull_request")

release, release_on = load("release.yml")
jobs = release.get("jobs", {})
tags = ((release_on or {}).get("push") or {}).get("tags") if isinstance(release_on, dict) else None
check(tags and any(t.startswith("v") for t in tags), "release.yml: not triggered by v* tags")
appimage = [n for n, j in jobs.items() if j.get("runs-on") == "ubuntu-22.04" and "packaging/linux/make-appimage.sh" in steps_text(j)]
dmg = [n for n, j in jobs.items() if j.get("runs-on") == "macos-14" and "packaging/macos/make-dmg.sh" in steps_text(j)]
check(appimage, "release.yml: no ubuntu-22.04 job runs packaging/linux/make-appimage.sh")
check(dmg, "release.yml: no macos-14 job runs packaging/macos/make-dmg.sh")
publish = [j for j in jobs.values() if "action-gh-release" in steps_text(j)]
check(publish, "release.yml: nothing attaches the packages to the release")
for job in publish:
    needs = job.get("needs", [])
    needs = [needs] if isinstance(needs, str) else needs
    check(set(appimage + dmg) <= set(needs), f"release.yml: the release job does not wait for {appimage + dmg}")
    files = " ".join(str(s.get("with", {}).get("files", "")) for s in job.get("steps", []))
    for pattern in ("AppImage", ".dmg", ".deb"):
        check(pattern in files, f"release.yml: {pattern} is not attached to the release")
check(release.get("permissions", {}).get("contents") == "write", "release.yml: needs contents: write to publish")
check("glibc" in (root / ".github/workflows/release.yml").read_text(encoding="utf-8"), "release.yml: does not say which glibc the AppImage needs")

for failure in failures:
    print("FAIL:", failure)
if failures:
    sys.exit(1)
print("PASS: ci.yml and release.yml parse and run the packaging commands")
