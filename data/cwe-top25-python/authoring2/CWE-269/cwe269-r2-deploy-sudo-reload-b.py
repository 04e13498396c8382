# ---
# id: cwe269-r2-deploy-sudo-reload-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: subprocess, argparse, sudo
# explanation: A deploy helper run by the unprivileged deploy user switches the "current" symlink of an app (which itself runs as an unprivileged service user) to a new release and then asks sudo non-interactively (-n) to run exactly the one fixed command the sudoers file allows: systemctl restart shop-web.service. The argument list is a constant with no user data and no shell, so no privilege beyond restarting that service is involved.
# ---
import argparse
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

log = logging.getLogger("deploy")

APP_ROOT = Path("/srv/shop")
RELEASES = APP_ROOT / "releases"
RESTART = ["sudo", "-n", "/usr/bin/systemctl", "restart", "shop-web.service"]
IS_ACTIVE = ["/usr/bin/systemctl", "is-active", "--quiet", "shop-web.service"]


def switch_current(release: str) -> Path:
    target = RELEASES / release
    if not (target / "manage.py").is_file():
        raise SystemExit(f"{target} does not look like a release")
    tmp_link = APP_ROOT / ".current.tmp"
    if tmp_link.is_symlink():
        tmp_link.unlink()
    tmp_link.symlink_to(target)
    os.replace(tmp_link, APP_ROOT / "current")
    return target


def run(cmd: list[str]) -> int:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    if proc.returncode != 0 and proc.stderr:
        log.error("%s: %s", " ".join(cmd), proc.stderr.strip())
    return proc.returncode


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Activate a release of the shop")
    ap.add_argument("release", help="release directory name, e.g. 2024-05-02.1")
    ap.add_argument("--wait", type=int, default=10, help="seconds to wait for the service")
    args = ap.parse_args(argv)
    if not args.release or not all(c.isalnum() or c in ".-" for c in args.release):
        ap.error("release may only contain letters, digits, dots and dashes")
    previous = (APP_ROOT / "current").resolve()
    switch_current(args.release)
    if run(RESTART) != 0:
        return 1
    deadline = time.monotonic() + args.wait
    while time.monotonic() < deadline:
        if run(IS_ACTIVE) == 0:
            log.info("release %s is live", args.release)
            return 0
        time.sleep(1)
    log.error("service did not come up; switching back to %s", previous.name)
    switch_current(previous.name)
    run(RESTART)
    return 1


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
