# ---
# id: cwe78-r2-disk-usage-agent-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: subprocess, monitoring
# explanation: A monitoring agent runs a pipeline with subprocess.run(shell=True), which looks alarming, but the command string is a module constant with no interpolation at all; the thresholds and host name from the config file are used only when parsing and reporting the output. No external input reaches the shell.
# ---
import json
import logging
import socket
import subprocess
import time
from dataclasses import dataclass, asdict
from typing import List

import requests

log = logging.getLogger("agent.disk")

DF_PIPELINE = "df -P -k -x tmpfs -x devtmpfs | tail -n +2"
REPORT_URL = "https://metrics.internal.example.com/v1/disk"


@dataclass
class Mount:
    device: str
    size_kb: int
    used_kb: int
    mountpoint: str

    @property
    def percent(self) -> float:
        return 100.0 * self.used_kb / self.size_kb if self.size_kb else 0.0


def read_mounts() -> List[Mount]:
    out = subprocess.run(DF_PIPELINE, shell=True, capture_output=True, text=True, timeout=30, check=True).stdout
    mounts = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 6:
            continue
        mounts.append(Mount(parts[0], int(parts[1]), int(parts[2]), parts[5]))
    return mounts


def check(config: dict) -> dict:
    warn = float(config.get("warn_percent", 80))
    crit = float(config.get("crit_percent", 95))
    mounts = read_mounts()
    status = "ok"
    for m in mounts:
        if m.percent >= crit:
            status = "critical"
        elif m.percent >= warn and status == "ok":
            status = "warning"
    return {"host": config.get("host") or socket.gethostname(), "status": status, "mounts": [asdict(m) for m in mounts]}


def loop(config_path: str) -> None:
    with open(config_path, encoding="utf-8") as fh:
        config = json.load(fh)
    while True:
        try:
            requests.post(REPORT_URL, json=check(config), timeout=10)
        except (requests.RequestException, subprocess.SubprocessError) as exc:
            log.warning("disk check failed: %s", exc)
        time.sleep(int(config.get("interval", 60)))
