# ---
# id: cwe89-r2-sales-report-builder-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: sqlite3
# explanation: A sales report generator builds its SQL string dynamically, but every identifier it splices in (group-by column, sort column, direction) is looked up in fixed dictionaries and unknown keys raise, while all user values (date range, region) are bound with ? placeholders. Nothing a caller controls reaches the SQL text except through the allow-lists, so there is no SQL injection.
# ---
import sqlite3
from dataclasses import dataclass, field
from typing import List, Optional

GROUPINGS = {
    "region": "s.region",
    "product": "p.name",
    "month": "strftime('%Y-%m', s.sold_at)",
}
SORTS = {"revenue": "revenue", "units": "units", "key": "group_key"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class ReportRequest:
    group_by: str = "region"
    sort: str = "revenue"
    direction: str = "desc"
    start: str = "1970-01-01"
    end: str = "2999-12-31"
    region: Optional[str] = None
    columns: List[str] = field(default_factory=lambda: ["group_key", "units", "revenue"])


class ReportError(ValueError):
    pass


def _pick(table: dict, key: str, what: str) -> str:
    try:
        return table[key]
    except KeyError:
        raise ReportError(f"unknown {what}: {key!r}; choose one of {', '.join(sorted(table))}")


def build_query(req: ReportRequest):
    group_expr = _pick(GROUPINGS, req.group_by, "grouping")
    order_col = _pick(SORTS, req.sort, "sort")
    direction = _pick(DIRECTIONS, req.direction.lower(), "direction")
    where = ["s.sold_at >= ?", "s.sold_at < ?"]
    params = [req.start, req.end]
    if req.region:
        where.append("s.region = ?")
        params.append(req.region)
    sql = (
        f"SELECT {group_expr} AS group_key, SUM(s.qty) AS units, SUM(s.qty * s.unit_price) AS revenue "
        "FROM sales s JOIN products p ON p.id = s.product_id "
        f"WHERE {' AND '.join(where)} GROUP BY group_key ORDER BY {order_col} {direction}"
    )
    return sql, params


def run_report(db_path: str, req: ReportRequest) -> List[dict]:
    sql, params = build_query(req)
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(sql, params).fetchall()
    finally:
        conn.close()
    return [{k: row[k] for k in req.columns if k in row.keys()} for row in rows]
