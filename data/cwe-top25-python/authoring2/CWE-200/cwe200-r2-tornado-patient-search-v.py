# ---
# id: cwe200-r2-tornado-patient-search-v
# cwe: CWE-200
# vulnerable: true
# twin: none
# tags: tornado, psycopg2
# explanation: A Tornado handler backs the appointment desk's patient search box, used by reception staff to find a patient by name. It selects every column of the patients table and returns full rows, so receptionists (and anyone with a desk login) receive national insurance numbers, diagnoses and insurance details that the lookup never displays or needs.
# ---
import json
import logging

import psycopg2.extras
import tornado.web

log = logging.getLogger("desk.search")
MIN_QUERY = 3
MAX_RESULTS = 20


class DeskHandler(tornado.web.RequestHandler):
    def initialize(self, pool):
        self.pool = pool

    def get_current_user(self):
        return self.get_signed_cookie("desk_user")


class PatientSearchHandler(DeskHandler):
    @tornado.web.authenticated
    def get(self):
        q = self.get_query_argument("q", "").strip()
        if len(q) < MIN_QUERY:
            self.set_status(400)
            self.write({"error": f"type at least {MIN_QUERY} characters"})
            return
        conn = self.pool.getconn()
        try:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(
                    "SELECT * FROM patients WHERE family_name ILIKE %s OR given_name ILIKE %s "  #@vuln
                    "ORDER BY family_name, given_name LIMIT %s",
                    (q + "%", q + "%", MAX_RESULTS),
                )
                rows = cur.fetchall()
        finally:
            self.pool.putconn(conn)
        log.info("desk search by %s returned %d rows", self.current_user, len(rows))
        self.set_header("Content-Type", "application/json")
        self.write(json.dumps({"results": rows}, default=str))  #@vuln


def routes(pool):
    return [(r"/desk/patients", PatientSearchHandler, {"pool": pool})]
