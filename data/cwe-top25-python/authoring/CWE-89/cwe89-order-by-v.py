# ---
# id: cwe89-order-by-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-order-by-f
# tags: flask, sqlite3
# explanation: An inventory listing lets the client choose the sort column and direction through query parameters and concatenates both into the ORDER BY clause. Identifiers cannot be bound as parameters, and nothing restricts the values, so a sort value such as "(CASE WHEN (SELECT ...) THEN name ELSE sku END)" leaks data or breaks the query.
# ---
import sqlite3
from flask import Blueprint, request, jsonify

bp = Blueprint("inventory", __name__)


def fetch_items(conn, warehouse_id, sort, direction):
    sql = (
        "SELECT sku, name, qty, bin FROM items WHERE warehouse_id = ? "
        "ORDER BY " + sort + " " + direction  #@vuln
    )
    return conn.execute(sql, (warehouse_id,)).fetchall()


@bp.get("/warehouses/<int:warehouse_id>/items")
def items(warehouse_id):
    sort = request.args.get("sort", "name")
    direction = request.args.get("dir", "ASC")
    with sqlite3.connect("inventory.db") as conn:
        rows = fetch_items(conn, warehouse_id, sort, direction)
    return jsonify([{"sku": r[0], "name": r[1], "qty": r[2], "bin": r[3]} for r in rows])
