# ---
# id: cwe22-send-from-directory-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: flask
# explanation: A Flask route serves user-requested firmware files by name with send_from_directory. Although the filename comes straight from the URL, send_from_directory joins it with werkzeug's safe_join and raises NotFound for any path that leaves the firmware directory.
# ---
from flask import Flask, send_from_directory, abort

app = Flask(__name__)
app.config["FIRMWARE_DIR"] = "/srv/firmware/releases"
CHANNELS = {"stable", "beta"}


@app.get("/firmware/<channel>/<path:filename>")
def firmware(channel, filename):
    if channel not in CHANNELS:
        abort(404)
    directory = f"{app.config['FIRMWARE_DIR']}/{channel}"
    return send_from_directory(directory, filename, as_attachment=True, max_age=3600)
