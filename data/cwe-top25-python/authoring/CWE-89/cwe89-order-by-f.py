# ---
# id: cwe89-order-by-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-order-by-v
# tags: flask, sqlite3
# explanation: The sort column and direction are now looked up in fixed allow-lists before they reach the ORDER BY clause; unknown values fall back to defaults. Only strings from the program's own tables are concatenated, and the warehouse id stays a bound parameter.
# ---
import sqlite3
from flask import Blueprint, request, jsonify

bp = Blueprint("inventory", __name__)
SORT_COLUMNS = {"name": "name", "sku": "sku", "qty": "qty", "bin": "bin"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def fetch_items(conn, warehouse_id, sort, direction):
    column = SORT_COLUMNS.get(sort, "name")
    order = DIRECTIONS.get(direction.lower(), "ASC")
    sql = (
        "SELECT sku, name, qty, bin FROM items WHERE warehouse_id = ? "
        "ORDER BY " + column + " " + order
    )
    return conn.execute(sql, (warehouse_id,)).fetchall()


@bp.get("/warehouses/<int:warehouse_id>/items")
def items(warehouse_id):
    sort = request.args.get("sort", "name")
    direction = request.args.get("dir", "ASC")
    with sqlite3.connect("inventory.db") as conn:
        rows = fetch_items(conn, warehouse_id, sort, direction)
    return jsonify([{"sku": r[0], "name": r[1], "qty": r[2], "bin": r[3]} for r in rows])
