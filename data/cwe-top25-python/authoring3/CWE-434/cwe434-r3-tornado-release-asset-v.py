# ---
# id: cwe434-r3-tornado-release-asset-v
# cwe: CWE-434
# vulnerable: true
# twin: none
# tags: tornado
# explanation: A Tornado handler lets project members attach files to a release and writes them, with the client's extension, into the directory that StaticFileHandler serves at /assets/. Any member can upload an .html or .svg page that runs in other users' sessions on the same origin, or an executable type if the front-end server interprets it.
# ---
import os
import uuid

import tornado.web


class ReleaseAssetHandler(tornado.web.RequestHandler):
    def initialize(self, asset_dir):
        self.asset_dir = asset_dir

    @tornado.web.authenticated
    def post(self, release_id):
        info = self.request.files["asset"][0]
        ext = os.path.splitext(info["filename"])[1]
        stored = "%s-%s%s" % (release_id, uuid.uuid4().hex[:8], ext)
        with open(os.path.join(self.asset_dir, stored), "wb") as fh:  #@vuln
            fh.write(info["body"])
        self.write({"url": "/assets/" + stored})
