# ---
# id: cwe78-r3-pip-install-target-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: subprocess, sys
# explanation: Installs requirements into a target folder by running pip with an argument list through Popen, without a shell. File names with spaces or shell characters are single arguments; there is no command string to break out of.
# ---
import subprocess
import sys


def pip_install(requirements_file, target):
    cmd = [sys.executable, "-m", "pip", "install", "--no-input",
           "--target", target, "-r", requirements_file]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out, _ = proc.communicate()
    if proc.returncode:
        raise RuntimeError(out.decode(errors="replace"))
