# ---
# id: cwe434-plugin-dir-v
# cwe: CWE-434
# vulnerable: true
# twin: none
# tags: flask, flask-login, importlib
# explanation: Users of a dashboard product can upload "widget" files that are stored in the widgets package directory, and the app imports every .py module in that directory at start-up and on reload. No type restriction is applied, so a user can upload a .py file that the server then imports and executes.
# ---
import importlib
import pathlib

from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

app = Flask(__name__)
WIDGET_DIR = pathlib.Path(app.root_path) / "widgets"


def load_widgets() -> list[str]:
    loaded = []
    for path in sorted(WIDGET_DIR.glob("*.py")):
        module = importlib.import_module(f"{__package__}.widgets.{path.stem}")
        importlib.reload(module)
        loaded.append(path.stem)
    return loaded


@app.post("/widgets")
@login_required
def upload_widget():
    upload = request.files.get("widget")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(f"u{current_user.id}_{upload.filename}")
    upload.save(WIDGET_DIR / name)  #@vuln
    return jsonify(installed=name, widgets=load_widgets()), 201
