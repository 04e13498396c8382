# ---
# id: cwe434-bottle-upload-static-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-bottle-upload-static-v
# tags: bottle
# explanation: Uploads are now accepted only with .jpg, .jpeg, .png or .webp extensions, which Bottle's static_file serves with image MIME types, so HTML, SVG and other active files are rejected before being saved to the public folder.
# ---
import os
import uuid

from bottle import Bottle, HTTPError, request, static_file

app = Bottle()
PUBLIC = os.path.abspath("public/uploads")
PHOTO_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp"}


@app.post("/upload")
def upload():
    item = request.files.get("photo")
    if item is None:
        raise HTTPError(400, "photo required")
    _, ext = os.path.splitext(item.filename)
    if ext.lower() not in PHOTO_EXTENSIONS:
        raise HTTPError(415, "JPEG, PNG or WebP only")
    name = uuid.uuid4().hex + ext.lower()
    item.save(os.path.join(PUBLIC, name))
    return {"url": f"/uploads/{name}"}


@app.get("/uploads/<name>")
def uploads(name):
    return static_file(name, root=PUBLIC)
