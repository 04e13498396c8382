# ---
# id: cwe434-r3-handle-upload-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-r3-handle-upload-f
# tags: flask, werkzeug
# explanation: The attachment upload view saves any file into the app's static/uploads folder, which the web server serves from the site's origin. The name is cleaned with secure_filename, but no type is checked, so a user can upload .html, .svg or server-executable files (.php, .cgi behind the front-end server) and have them served or run.
# ---
import os

from flask import current_app, request, jsonify, url_for
from werkzeug.utils import secure_filename


def handle_upload():
    f = request.files.get("file")
    if f is None or f.filename == "":
        return jsonify(error="no file"), 400
    name = secure_filename(f.filename)
    dest = os.path.join(current_app.static_folder, "uploads", name)
    f.save(dest)  #@vuln
    return jsonify(url=url_for("static", filename="uploads/" + name)), 201
