# ---
# id: cwe78-async-gitlog-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-async-gitlog-v
# tags: aiohttp, asyncio, git
# explanation: The stats service now uses asyncio.create_subprocess_exec with an argument vector. The author is passed inside the single "--author=" argument, so there is no shell to interpret it and it cannot become a separate option.
# ---
import asyncio

from aiohttp import web

REPO = "/srv/git/monorepo.git"


async def commits_by(author: str, limit: int) -> list[str]:
    proc = await asyncio.create_subprocess_exec(
        "git", f"--git-dir={REPO}", "log", "--format=%h %s", "-n", str(limit), f"--author={author}",
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
