# ---
# id: cwe77-r3-rsync-abspath-args-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: subprocess, os
# explanation: Runs rsync on two directories with an argument list. Both paths are made absolute with os.path.abspath, so they always start with '/' and cannot be read as options (and contain no host: part); the only optional flag is a constant.
# ---
import os
import subprocess


def sync_dirs(src, dst, delete=False):
    src = os.path.abspath(src) + "/"
    dst = os.path.abspath(dst)
    cmd = ["rsync", "-a"]
    if delete:
        cmd.append("--delete")
    cmd += [src, dst]
    subprocess.run(cmd, check=True)
