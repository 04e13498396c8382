# ---
# id: cwe79-r2-lint-report-writer-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: html, cli
# explanation: A CI helper turns linter JSON output into a standalone HTML report. Messages, file paths and rule ids come from the scanned repository and could contain markup, but every value is passed through html.escape() (with quote=True for attributes) before being written, so the report cannot run script when opened.
# ---
import argparse
import html
import json
import sys
from collections import defaultdict
from pathlib import Path

HEAD = """<!doctype html><html><head><meta charset="utf-8"><title>Lint report</title>
<style>td{padding:2px 8px} .error{color:#b00} .warning{color:#a60}</style></head><body>"""


def esc(value) -> str:
    return html.escape(str(value), quote=True)


def load_findings(path: Path) -> dict:
    findings = defaultdict(list)
    for item in json.loads(path.read_text(encoding="utf-8")):
        findings[item["path"]].append(item)
    for items in findings.values():
        items.sort(key=lambda f: (f["line"], f.get("column", 0)))
    return dict(sorted(findings.items()))


def render(findings: dict, title: str) -> str:
    out = [HEAD, f"<h1>{esc(title)}</h1>"]
    total = sum(len(v) for v in findings.values())
    out.append(f"<p>{total} findings in {len(findings)} files</p>")
    for path, items in findings.items():
        out.append(f'<h2 id="{esc(path)}">{esc(path)}</h2><table>')
        for f in items:
            level = f.get("severity", "warning")
            css = level if level in ("error", "warning") else "warning"
            out.append(
                f'<tr class="{css}"><td>{int(f["line"])}</td><td>{esc(f.get("rule", ""))}</td>'
                f"<td>{esc(f['message'])}</td></tr>"
            )
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description="Render linter JSON as HTML.")
    parser.add_argument("findings", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=Path("lint-report.html"))
    parser.add_argument("--title", default="Lint report")
    args = parser.parse_args()
    report = render(load_findings(args.findings), args.title)
    tmp = args.output.with_suffix(".tmp")
    tmp.write_text(report, encoding="utf-8")
    tmp.replace(args.output)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
