# ---
# id: cwe77-gnuplot-script-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-gnuplot-script-f
# tags: flask, subprocess, gnuplot
# explanation: A charting endpoint writes a gnuplot script to gnuplot's stdin, formatting the user's chart title into a set title "..." command. gnuplot is an interpreter with system() and shell-escape commands, so a title like '"; system("id > /tmp/x"); set title "' runs commands through gnuplot.
# ---
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
    script = plot_script(title, "/var/lib/metrics/signups.dat")
    proc = subprocess.run(["gnuplot"], input=script.encode(), capture_output=True, timeout=20)  #@vuln
    return Response(proc.stdout, mimetype="image/png")
