# ---
# id: cwe269-r3-subprocess-as-user-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: subprocess
# explanation: Job runner started as root that runs each user's job as that user: subprocess.run with user, group and an empty extra_groups list, so the child holds none of the runner's privileges.
# ---
import pwd
import subprocess


def run_job_as(owner: str, argv: list, cwd: str, timeout=3600):
    pw = pwd.getpwnam(owner)
    return subprocess.run(
        argv,
        cwd=cwd,
        user=pw.pw_uid,
        group=pw.pw_gid,
        extra_groups=[],
        env={"HOME": pw.pw_dir, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        timeout=timeout,
    )
