# ---
# id: cwe78-async-gitlog-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-async-gitlog-f
# tags: aiohttp, asyncio, git
# explanation: An internal code-stats service shows commits by author and runs git through asyncio.create_subprocess_shell with the author name interpolated. The shell interprets the query parameter, so an author value with ";" or "$(...)" executes commands on the stats host.
# ---
import asyncio

from aiohttp import web

REPO = "/srv/git/monorepo.git"


async def commits_by(author: str, limit: int) -> list[str]:
    proc = await asyncio.create_subprocess_shell(
        f"git --git-dir={REPO} log --format='%h %s' -n {limit} --author='{author}'",  #@vuln
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    out, _ = await proc.communicate()
    return out.decode(errors="replace").splitlines()


async def handle(request: web.Request) -> web.Response:
    author = request.query.get("author", "")
    limit = min(int(request.query.get("n", "20")), 200)
    return web.json_response({"author": author, "commits": await commits_by(author, limit)})


app = web.Application()
app.router.add_get("/commits", handle)
