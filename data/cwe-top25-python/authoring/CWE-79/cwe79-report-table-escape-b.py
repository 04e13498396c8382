# ---
# id: cwe79-report-table-escape-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: flask, csv, html
# explanation: An internal Flask tool previews an uploaded CSV as an HTML table built by hand. Every header and cell is passed through html.escape (with quote=True) before concatenation, so spreadsheet content with tags or quotes is displayed as text rather than interpreted.
# ---
import csv
import html
import io

from flask import Flask, abort, request

app = Flask(__name__)
MAX_ROWS = 200


def to_table(reader):
    out = ["<table class='preview'>"]
    for i, row in enumerate(reader):
        if i > MAX_ROWS:
            out.append("<tr><td colspan='99'>truncated</td></tr>")
            break
        tag = "th" if i == 0 else "td"
        cells = "".join(f"<{tag}>{html.escape(cell, quote=True)}</{tag}>" for cell in row)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "".join(out)


@app.post("/preview")
def preview():
    upload = request.files.get("sheet")
    if upload is None:
        abort(400)
    text = upload.read(2_000_000).decode("utf-8", errors="replace")
    return to_table(csv.reader(io.StringIO(text)))
