# ---
# id: cwe269-r2-job-runner-seteuid-v
# cwe: CWE-269
# vulnerable: true
# twin: none
# tags: os, pwd, subprocess, json
# explanation: A root-started report runner executes report jobs that the submission service queues with the submitting user as owner. It "drops" to the job owner's account with os.seteuid/os.setegid only, which changes the effective ids while the real and saved ids stay root, so the job code it then runs (a user-supplied Python report module in the same process) can simply call os.seteuid(0) and regain full root privileges.
# ---
import importlib.util
import json
import logging
import os
import pwd
from pathlib import Path

log = logging.getLogger("report-runner")
QUEUE_DIR = Path("/var/lib/reports/queue")
OUT_DIR = Path("/var/lib/reports/out")


def load_job(path: Path) -> dict:
    job = json.loads(path.read_text(encoding="utf-8"))
    for key in ("owner", "module", "params"):
        if key not in job:
            raise ValueError(f"{path.name}: missing {key}")
    if not str(job["module"]).isidentifier():
        raise ValueError(f"{path.name}: bad module name")
    return job


def become(user: str) -> None:
    entry = pwd.getpwnam(user)
    os.setegid(entry.pw_gid)  #@vuln
    os.seteuid(entry.pw_uid)  #@vuln
    os.chdir(entry.pw_dir)


def run_job(job: dict, job_id: str) -> None:
    become(job["owner"])
    module_path = Path(pwd.getpwnam(job["owner"]).pw_dir) / "reports" / f"{job['module']}.py"
    spec = importlib.util.spec_from_file_location(f"report_{job_id}", module_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.build(**job["params"])
    (OUT_DIR / f"{job_id}.json").write_text(json.dumps(result, default=str), encoding="utf-8")


def main() -> None:
    for path in sorted(QUEUE_DIR.glob("*.json")):
        job_id = path.stem
        pid = os.fork()
        if pid == 0:
            try:
                run_job(load_job(path), job_id)
                os._exit(0)
            except Exception:
                log.exception("job %s failed", job_id)
                os._exit(1)
        _, status = os.waitpid(pid, 0)
        log.info("job %s finished with status %s", job_id, os.waitstatus_to_exitcode(status))
        path.unlink()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
