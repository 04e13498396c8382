# ---
# id: cwe89-second-order-report-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-second-order-report-f
# tags: sqlite3
# explanation: A nightly job reads team names that users chose in their profile and builds a per-team statistics query by formatting the stored name into the SQL. The value came from a user originally, so a team named "x' UNION SELECT ... --" is executed when the job runs (second-order SQL injection).
# ---
import sqlite3
from datetime import date, timedelta


class WeeklyDigest:
    def __init__(self, path="analytics.db"):
        self.conn = sqlite3.connect(path)

    def teams(self):
        return [row[0] for row in self.conn.execute("SELECT DISTINCT team_name FROM profiles")]

    def team_stats(self, team_name, since):
        sql = (
            "SELECT COUNT(*), SUM(duration) FROM sessions s JOIN profiles p ON p.user_id = s.user_id "
            "WHERE p.team_name = '%s' AND s.started >= '%s'" % (team_name, since)  #@vuln
        )
        return self.conn.execute(sql).fetchone()

    def run(self):
        since = (date.today() - timedelta(days=7)).isoformat()
        digest = {}
        for team in self.teams():
            count, total = self.team_stats(team, since)
            digest[team] = {"sessions": count, "seconds": total or 0}
        return digest
