# ---
# id: cwe79-r2-feedback-digest-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-r2-feedback-digest-v
# tags: jinja2, html
# explanation: The digest Environment now uses autoescape=select_autoescape(['html']), so every customer comment and name printed by the .html template is HTML-escaped and markup in feedback is shown as text instead of running in the staff browser.
# ---
import logging
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Dict, Iterable, List

from jinja2 import Environment, FileSystemLoader, select_autoescape

log = logging.getLogger("reports.feedback")

TEMPLATE_DIR = Path(__file__).parent / "templates"
OUTPUT_DIR = Path("/srv/portal/static/reports")

env = Environment(
    loader=FileSystemLoader(str(TEMPLATE_DIR)),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def stars(score: int) -> str:
    return "\u2605" * score + "\u2606" * (5 - score)


env.filters["stars"] = stars


def group_by_product(entries: Iterable[dict]) -> Dict[str, List[dict]]:
    grouped = defaultdict(list)
    for entry in entries:
        grouped[entry.get("product") or "Other"].append(entry)
    for items in grouped.values():
        items.sort(key=lambda e: e["score"])
    return dict(sorted(grouped.items()))


def render_digest(entries: List[dict], week_start: date) -> Path:
    template = env.get_template("feedback_digest.html")
    grouped = group_by_product(entries)
    average = sum(e["score"] for e in entries) / len(entries) if entries else 0.0
    html = template.render(
        week_start=week_start,
        week_end=week_start + timedelta(days=6),
        groups=grouped,
        average=round(average, 2),
        total=len(entries),
    )
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    target = OUTPUT_DIR / f"feedback-{week_start.isoformat()}.html"
    tmp = target.with_suffix(".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(target)
    log.info("feedback digest for %s: %d entries", week_start, len(entries))
    return target
