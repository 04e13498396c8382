# ---
# id: cwe434-bottle-upload-static-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-bottle-upload-static-f
# tags: bottle
# explanation: A Bottle photo-sharing app saves uploads with FileUpload.save into the directory it serves with static_file. Bottle's FileUpload.filename strips path parts but keeps any extension, and no type check is made, so users can upload .html or .svg files that are then served inline from the app's origin.
# ---
import os
import uuid

from bottle import Bottle, HTTPError, request, static_file

app = Bottle()
PUBLIC = os.path.abspath("public/uploads")


@app.post("/upload")
def upload():
    item = request.files.get("photo")
    if item is None:
        raise HTTPError(400, "photo required")
    _, ext = os.path.splitext(item.filename)
    name = uuid.uuid4().hex + ext.lower()
    item.save(os.path.join(PUBLIC, name))  #@vuln
    return {"url": f"/uploads/{name}"}


@app.get("/uploads/<name>")
def uploads(name):
    return static_file(name, root=PUBLIC)
