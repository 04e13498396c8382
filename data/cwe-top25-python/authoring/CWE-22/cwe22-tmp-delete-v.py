# ---
# id: cwe22-tmp-delete-v
# cwe: CWE-22
# vulnerable: true
# twin: none
# tags: flask, os
# explanation: An editor app lets users discard their scratch uploads by name; the DELETE handler removes os.path.join(SCRATCH, name) without checking where it points. A name such as "../../srv/app/config.py" deletes files outside the scratch directory.
# ---
import os

from flask import Flask, jsonify, session, abort

app = Flask(__name__)
app.config.from_envvar("EDITOR_SETTINGS")
SCRATCH = "/var/tmp/editor-scratch"


def scratch_dir_for(user_id):
    path = os.path.join(SCRATCH, str(user_id))
    os.makedirs(path, exist_ok=True)
    return path


@app.delete("/scratch/<path:name>")
def discard_scratch(name):
    if "user_id" not in session:
        abort(401)
    target = os.path.join(scratch_dir_for(session["user_id"]), name)
    try:
        os.remove(target)  #@vuln
    except FileNotFoundError:
        abort(404)
    return jsonify(deleted=name)
