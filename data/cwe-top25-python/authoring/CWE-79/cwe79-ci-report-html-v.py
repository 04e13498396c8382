# ---
# id: cwe79-ci-report-html-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-ci-report-html-f
# tags: argparse, xml, html-report
# explanation: A CI step turns JUnit XML into an HTML summary that the CI server publishes on its own origin. Test names and failure messages come from the code under test, including pull requests from outside contributors, and are concatenated into the page without escaping, so a crafted test name runs script in maintainers' CI sessions.
# ---
import argparse
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
        body.append(f"<tr class='{status}'><td>{cls}</td><td>{name}</td><td>{message}</td></tr>")  #@vuln
    return "<html><body><table>" + "\n".join(body) + "</table></body></html>"


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="JUnit XML to HTML summary")
    ap.add_argument("junit", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    args.out.write_text(render(args.junit), encoding="utf-8")
