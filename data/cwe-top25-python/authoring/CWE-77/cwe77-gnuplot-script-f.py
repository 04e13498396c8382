# ---
# id: cwe77-gnuplot-script-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-gnuplot-script-v
# tags: flask, subprocess, gnuplot
# explanation: The chart title must now consist only of word characters, spaces and a few punctuation marks (no quotes, semicolons or backslashes) before it is placed inside the quoted gnuplot string, so it cannot close the string or add gnuplot commands such as system().
# ---
import re
import subprocess

from flask import Flask, Response, request

app = Flask(__name__)


def plot_script(title: str, data_file: str) -> str:
    return "\n".join(
        [
            "set terminal pngcairo size 800,400",
            f'set title "{title}"',
            "set xdata time",
            'set timefmt "%Y-%m-%d"',
            f'plot "{data_file}" using 1:2 with lines notitle',
        ]
    )


@app.get("/charts/signups.png")
def signups_chart():
    title = request.args.get("title", "Daily signups")
    if not re.fullmatch(r"[\w .,:()%-]{0,80}", title):
        title = "Daily signups"
    script = plot_script(title, "/var/lib/metrics/signups.dat")
    proc = subprocess.run(["gnuplot"], input=script.encode(), capture_output=True, timeout=20)
    return Response(proc.stdout, mimetype="image/png")
