# ---
# id: cwe94-r2-survey-import-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-r2-survey-import-v
# tags: etl, csv
# explanation: Multi-choice cells are now parsed with ast.literal_eval(), which only accepts Python literals (lists, strings, numbers), so a cell containing a function call or import raises ValueError and the row is skipped instead of executing code.
# ---
import ast
import csv
import logging
from collections import Counter
from pathlib import Path
from typing import Dict, Iterator, List

log = logging.getLogger("etl.survey")

MULTI_CHOICE_COLUMNS = {"channels", "languages", "devices"}
REQUIRED = {"respondent_id", "submitted_at", "country"}


def parse_cell(column: str, raw: str):
    raw = raw.strip()
    if column in MULTI_CHOICE_COLUMNS:
        if not raw:
            return []
        value = ast.literal_eval(raw)
        if not isinstance(value, (list, tuple)):
            raise ValueError(f"{column}: expected a list, got {type(value).__name__}")
        return [str(v).strip().lower() for v in value]
    return raw


def read_export(path: Path) -> Iterator[Dict[str, object]]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = REQUIRED - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path.name}: missing columns {sorted(missing)}")
        for lineno, row in enumerate(reader, start=2):
            try:
                yield {col: parse_cell(col, val or "") for col, val in row.items()}
            except (SyntaxError, ValueError) as exc:
                log.warning("%s:%d skipped: %s", path.name, lineno, exc)


def tally(rows: List[Dict[str, object]]) -> Dict[str, Counter]:
    counts = {col: Counter() for col in MULTI_CHOICE_COLUMNS}
    for row in rows:
        for col in MULTI_CHOICE_COLUMNS:
            counts[col].update(row.get(col) or [])
    return counts


def import_folder(folder: Path) -> Dict[str, Counter]:
    rows: List[Dict[str, object]] = []
    for path in sorted(folder.glob("*.csv")):
        batch = list(read_export(path))
        log.info("%s: %d rows", path.name, len(batch))
        rows.extend(batch)
    return tally(rows)
