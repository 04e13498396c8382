# ---
# id: cwe798-github-token-header-v
# cwe: CWE-798
# vulnerable: true
# twin: none
# tags: requests, github, ci
# explanation: A release helper sets a GitHub personal access token as a literal in its default request headers. The token grants write access to the organisation's repositories to anyone who can read the script.
# ---
import sys

import requests

API = "https://api.github.com"
HEADERS = {
    "Accept": "application/vnd.github+json",
    "Authorization": "Bearer ghp_R7d2kLq9ZfXw3Ny8TpVb4Hc6Mj1Ue5Sa0Gi2",  #@vuln
    "X-GitHub-Api-Version": "2022-11-28",
}


def create_release(repo: str, tag: str, notes: str) -> str:
    resp = requests.post(
        f"{API}/repos/{repo}/releases",
        json={"tag_name": tag, "name": tag, "body": notes, "draft": False},
        headers=HEADERS,
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["html_url"]


if __name__ == "__main__":
    print(create_release(sys.argv[1], sys.argv[2], sys.stdin.read()))
