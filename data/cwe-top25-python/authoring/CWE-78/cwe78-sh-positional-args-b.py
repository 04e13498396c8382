# ---
# id: cwe78-sh-positional-args-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: subprocess, flask
# explanation: An export endpoint runs a small pipeline through sh -c, which looks like shell injection, but the script text is a constant and the user-influenced values are passed as positional parameters ("$1", "$2") after the script. The shell expands them as quoted words and never parses their contents as commands.
# ---
import subprocess
import tempfile

from flask import Flask, request, send_file
from flask_login import current_user, login_required

app = Flask(__name__)
EXPORT_SCRIPT = 'sqlite3 -csv -header "$1" "SELECT * FROM entries" | gzip -c > "$2"'


@app.post("/journal/export")
@login_required
def export_journal():
    db_path = f"/srv/journal/users/{int(current_user.id)}.db"
    label = request.form.get("label", "journal")
    out = tempfile.NamedTemporaryFile(prefix="export-", suffix=".csv.gz", delete=False).name
    subprocess.run(["sh", "-c", EXPORT_SCRIPT, "export", db_path, out], check=True, timeout=120)
    return send_file(out, as_attachment=True, download_name=f"{label[:40]}.csv.gz")
