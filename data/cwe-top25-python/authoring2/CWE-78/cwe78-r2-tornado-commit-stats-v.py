# ---
# id: cwe78-r2-tornado-commit-stats-v
# cwe: CWE-78
# vulnerable: true
# twin: none
# tags: tornado, subprocess, git
# explanation: A Tornado handler of an internal code-stats dashboard counts commits per author in a mirrored repository. The 'author' query argument is %-formatted into a git command string run with shell=True, so a value like x; cat /etc/shadow (or $(...)) executes on the dashboard host. The repository name is checked against the configured mirrors and is not the issue.
# ---
import json
import logging
import subprocess
from collections import Counter

import tornado.ioloop
import tornado.web

log = logging.getLogger("codestats")

MIRRORS = {"api": "/srv/mirrors/api.git", "web": "/srv/mirrors/web.git", "infra": "/srv/mirrors/infra.git"}


def summarize(log_output: str) -> dict:
    per_day = Counter()
    for line in log_output.splitlines():
        day, _, _ = line.partition(" ")
        if day:
            per_day[day] += 1
    return {"total": sum(per_day.values()), "per_day": dict(sorted(per_day.items()))}


class CommitStatsHandler(tornado.web.RequestHandler):
    def initialize(self, timeout: int = 20) -> None:
        self.timeout = timeout

    def get(self, repo: str) -> None:
        path = MIRRORS.get(repo)
        if path is None:
            raise tornado.web.HTTPError(404, "unknown repository")
        author = self.get_argument("author")
        since = int(self.get_argument("days", "30"))
        cmd = "git log --since='%d days ago' --author='%s' --format='%%ad %%h' --date=short" % (since, author)  #@vuln
        try:
            out = subprocess.check_output(cmd, shell=True, cwd=path, timeout=self.timeout, text=True)
        except subprocess.CalledProcessError as exc:
            log.warning("git log failed in %s: %s", repo, exc)
            raise tornado.web.HTTPError(500)
        self.set_header("Content-Type", "application/json")
        self.write(json.dumps({"repo": repo, "author": author, **summarize(out)}))


def make_app() -> tornado.web.Application:
    return tornado.web.Application([(r"/stats/(\w+)/commits", CommitStatsHandler, {"timeout": 20})])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    make_app().listen(8088, address="127.0.0.1")
    tornado.ioloop.IOLoop.current().start()
