# ---
# id: cwe78-sh-c-list-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-sh-c-list-v
# tags: subprocess, ci
# explanation: The runner now calls git and make directly with argument lists instead of handing a composed script to sh -c, and separates the refspec from options with "--". The branch and URL are single argv entries, so no shell parses webhook text.
# ---
import json
import subprocess
import sys
from pathlib import Path

WORKSPACE = Path("/var/ci/workspace")


def checkout_and_test(repo_url: str, branch: str) -> int:
    WORKSPACE.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "fetch", "--", repo_url, branch], cwd=WORKSPACE, check=True)
    subprocess.run(["git", "checkout", "FETCH_HEAD"], cwd=WORKSPACE, check=True)
    proc = subprocess.run(["make", "test"], cwd=WORKSPACE)
    return proc.returncode


def main() -> None:
    event = json.load(sys.stdin)
    repo_url = event["repository"]["clone_url"]
    branch = event["ref"].removeprefix("refs/heads/")
    sys.exit(checkout_and_test(repo_url, branch))


if __name__ == "__main__":
    main()
