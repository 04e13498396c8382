# ---
# id: cwe79-ci-report-html-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-ci-report-html-v
# tags: argparse, xml, html-report
# explanation: Class names, test names and failure messages are now passed through html.escape before being placed into the table, so whatever text the tests under review produce appears literally in the published report.
# ---
import argparse
import html
import xml.etree.ElementTree as ET
from pathlib import Path


def rows(junit_path: Path):
    tree = ET.parse(junit_path)
    for case in tree.iter("testcase"):
        failure = case.find("failure")
        status = "fail" if failure is not None else "pass"
        message = failure.get("message", "") if failure is not None else ""
        yield case.get("classname", ""), case.get("name", ""), status, message


def render(junit_path: Path) -> str:
    body = []
    for cls, name, status, message in rows(junit_path):
        cells = "".join(f"<td>{html.escape(v)}</td>" for v in (cls, name, message))
        body.append(f"<tr class='{status}'>{cells}</tr>")
    return "<html><body><table>" + "\n".join(body) + "</table></body></html>"


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="JUnit XML to HTML summary")
    ap.add_argument("junit", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    args.out.write_text(render(args.junit), encoding="utf-8")
