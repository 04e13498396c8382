# ---
# id: cwe89-named-statements-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: sqlite3, http.server, json
# explanation: A small reporting server lets clients pick a report by name and pass arguments; the SQL text is chosen from a dictionary of fixed statements and the arguments are bound with named :params. Clients select which query runs but cannot change any SQL.
# ---
import json
import sqlite3
from http.server import BaseHTTPRequestHandler, HTTPServer

REPORTS = {
    "top_products": "SELECT sku, SUM(qty) AS sold FROM sales WHERE day >= :since GROUP BY sku ORDER BY sold DESC LIMIT :n",
    "daily_revenue": "SELECT day, SUM(amount) FROM sales WHERE day BETWEEN :since AND :until GROUP BY day ORDER BY day",
    "store_totals": "SELECT store, SUM(amount) FROM sales WHERE store = :store AND day >= :since GROUP BY store",
}


class ReportHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        sql = REPORTS.get(body.get("report"))
        if sql is None:
            self.send_error(404, "unknown report")
            return
        with sqlite3.connect("sales.db") as conn:
            try:
                rows = conn.execute(sql, body.get("args", {})).fetchall()
            except sqlite3.ProgrammingError:
                self.send_error(400, "missing report arguments")
                return
        payload = json.dumps(rows).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(payload)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8088), ReportHandler).serve_forever()
