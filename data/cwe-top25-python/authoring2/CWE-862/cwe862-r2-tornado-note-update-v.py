# ---
# id: cwe862-r2-tornado-note-update-v
# cwe: CWE-862
# vulnerable: true
# twin: none
# tags: tornado, json
# explanation: A Tornado handler edits shared notes. get_current_user authenticates the caller from a signed cookie, but put() loads the note by the id in the URL and overwrites its body without checking that the note's author_id (or a share entry) matches the current user, so any logged-in user can rewrite anyone's notes.
# ---
import json
import logging
import time

import tornado.web

log = logging.getLogger("notes")

MAX_BODY = 64 * 1024


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        raw = self.get_signed_cookie("uid")
        return int(raw) if raw else None

    @property
    def store(self):
        return self.application.settings["note_store"]

    def write_json(self, payload, status=200):
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(payload))


class NoteHandler(BaseHandler):
    @tornado.web.authenticated
    async def get(self, note_id):
        note = await self.store.get(int(note_id))
        if note is None or note["author_id"] != self.current_user:
            raise tornado.web.HTTPError(404)
        self.write_json(note)

    @tornado.web.authenticated
    async def put(self, note_id):
        if len(self.request.body) > MAX_BODY:
            raise tornado.web.HTTPError(413)
        try:
            payload = json.loads(self.request.body)
        except ValueError:
            raise tornado.web.HTTPError(400, "body must be JSON")
        note = await self.store.get(int(note_id))
        if note is None:
            raise tornado.web.HTTPError(404)
        note["body"] = str(payload.get("body", ""))  #@vuln
        note["title"] = str(payload.get("title", note["title"]))[:200]
        note["updated_at"] = time.time()
        await self.store.save(note)
        log.info("note %s updated by %s", note_id, self.current_user)
        self.write_json(note)


def make_app(note_store, cookie_secret):
    return tornado.web.Application(
        [(r"/notes/(\d+)", NoteHandler)],
        cookie_secret=cookie_secret,
        login_url="/login",
        note_store=note_store,
    )
