# ---
# id: cwe918-github-quoted-path-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: fastapi, httpx, urllib
# explanation: A dashboard builds GitHub API URLs with an f-string from the owner and repository in the request path, which looks like SSRF, but the scheme and host are fixed and each segment is percent-encoded with quote(safe=""), so "/", "@", "?" or ".." in the input cannot change the target host or escape the path.
# ---
from urllib.parse import quote

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
GITHUB = "https://api.github.com"


@app.get("/repos/{owner}/{repo}/summary")
async def repo_summary(owner: str, repo: str):
    url = f"{GITHUB}/repos/{quote(owner, safe='')}/{quote(repo, safe='')}"
    async with httpx.AsyncClient(timeout=6, headers={"Accept": "application/vnd.github+json"}) as client:
        resp = await client.get(url)
    if resp.status_code == 404:
        raise HTTPException(status_code=404, detail="repository not found")
    resp.raise_for_status()
    data = resp.json()
    return {"stars": data["stargazers_count"], "forks": data["forks_count"], "open_issues": data["open_issues_count"]}
