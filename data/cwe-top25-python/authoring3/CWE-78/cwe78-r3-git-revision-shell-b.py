# ---
# id: cwe78-r3-git-revision-shell-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: subprocess
# explanation: Reads the short git revision of a checkout for a version string. It uses shell=True, which looks alarming, but the command is a constant literal; repo_dir is only passed as cwd, which is not parsed by the shell, so no outside data reaches the command line.
# ---
import subprocess


def git_revision(repo_dir):
    try:
        out = subprocess.check_output(
            "git rev-parse --short HEAD", shell=True, cwd=repo_dir,
            stderr=subprocess.DEVNULL,
        )
    except subprocess.CalledProcessError:
        return "unknown"
    return out.decode().strip()
