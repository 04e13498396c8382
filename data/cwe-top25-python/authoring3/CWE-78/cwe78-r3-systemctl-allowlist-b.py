# ---
# id: cwe78-r3-systemctl-allowlist-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: subprocess
# explanation: Runs systemctl for an admin panel. The action must be in a fixed allow-list and the command is an argument list without a shell, with '--' before the unit, so neither value can add commands or options.
# ---
import subprocess

ALLOWED = {"status", "restart", "stop", "start"}


def service_action(unit: str, action: str) -> str:
    if action not in ALLOWED:
        raise ValueError(f"unsupported action {action!r}")
    if not unit.endswith(".service") or "/" in unit:
        raise ValueError("bad unit name")
    res = subprocess.run(["systemctl", action, "--", unit], capture_output=True, text=True)
    return res.stdout or res.stderr
