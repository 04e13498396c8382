# ---
# id: cwe269-spawner-supplementary-groups-v
# cwe: CWE-269
# vulnerable: true
# twin: none
# tags: subprocess, os, pwd
# explanation: A notebook spawner running as root starts each user's kernel with a preexec_fn that calls setgid and setuid but never clears supplementary groups. The kernel keeps root's supplementary groups (such as docker or disk), which lets any notebook user gain root-equivalent access on the host.
# ---
import os
import pwd
import subprocess


def demote(uid: int, gid: int):
    def apply():
        os.setgid(gid)  #@vuln
        os.setuid(uid)

    return apply


def spawn_kernel(username: str, connection_file: str) -> subprocess.Popen:
    entry = pwd.getpwnam(username)
    env = {
        "HOME": entry.pw_dir,
        "USER": username,
        "PATH": "/opt/kernels/bin:/usr/bin:/bin",
    }
    return subprocess.Popen(
        ["/opt/kernels/bin/python", "-m", "ipykernel_launcher", "-f", connection_file],
        preexec_fn=demote(entry.pw_uid, entry.pw_gid),
        cwd=entry.pw_dir,
        env=env,
        close_fds=True,
    )
