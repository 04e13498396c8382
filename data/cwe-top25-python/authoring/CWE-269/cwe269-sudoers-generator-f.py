# ---
# id: cwe269-sudoers-generator-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-sudoers-generator-v
# tags: argparse, subprocess, tempfile
# explanation: The generated sudoers rule now allows the deploy account to run exactly one command, restarting its own systemd unit, without a password, instead of every command as root.
# ---
import argparse
import os
import subprocess
import tempfile

SUDOERS_DIR = "/etc/sudoers.d"


def sudoers_rule(user: str, service: str) -> str:
    return f"{user} ALL=(root) NOPASSWD: /usr/bin/systemctl restart {service}.service\n"


def install_rule(user: str, service: str) -> None:
    content = sudoers_rule(user, service)
    fd, tmp = tempfile.mkstemp(dir=SUDOERS_DIR, prefix=".deploy-")
    with os.fdopen(fd, "w") as fh:
        fh.write(content)
    os.chmod(tmp, 0o440)
    subprocess.run(["visudo", "-cf", tmp], check=True)
    os.replace(tmp, os.path.join(SUDOERS_DIR, f"deploy-{service}"))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--user", required=True)
    ap.add_argument("--service", required=True, choices=["api", "worker", "scheduler"])
    args = ap.parse_args()
    install_rule(args.user, args.service)
