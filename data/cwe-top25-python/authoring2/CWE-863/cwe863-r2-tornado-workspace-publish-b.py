# ---
# id: cwe863-r2-tornado-workspace-publish-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: tornado, sqlite3
# explanation: A Tornado handler publishes a draft page of a documentation workspace. The user comes from a signed cookie, the page's workspace id comes from the database row, and the caller's role in that workspace is looked up in the membership table; only editor or owner roles may publish, so neither request parameters nor another workspace's role can grant the action.
# ---
import logging
import sqlite3
import time

import tornado.web

log = logging.getLogger("docs.publish")
PUBLISH_ROLES = ("editor", "owner")


class BaseHandler(tornado.web.RequestHandler):
    def initialize(self, db_path: str):
        self.db = sqlite3.connect(db_path)
        self.db.row_factory = sqlite3.Row

    def on_finish(self):
        self.db.close()

    def get_current_user(self):
        raw = self.get_signed_cookie("uid", max_age_days=7)
        return int(raw) if raw else None


class PublishHandler(BaseHandler):
    def role_of(self, user_id: int, workspace_id: int):
        row = self.db.execute(
            "SELECT role FROM memberships WHERE user_id = ? AND workspace_id = ?",
            (user_id, workspace_id),
        ).fetchone()
        return row["role"] if row else None

    @tornado.web.authenticated
    def post(self, page_id: str):
        page = self.db.execute(
            "SELECT id, workspace_id, state, title FROM pages WHERE id = ?", (int(page_id),)
        ).fetchone()
        if page is None:
            raise tornado.web.HTTPError(404)
        if self.role_of(self.current_user, page["workspace_id"]) not in PUBLISH_ROLES:
            raise tornado.web.HTTPError(403)
        if page["state"] == "published":
            self.write({"id": page["id"], "state": "published"})
            return
        with self.db:
            self.db.execute(
                "UPDATE pages SET state = 'published', published_at = ?, published_by = ? WHERE id = ?",
                (int(time.time()), self.current_user, page["id"]),
            )
        log.info("page %s (%s) published by %s", page["id"], page["title"], self.current_user)
        self.write({"id": page["id"], "state": "published"})
