# ---
# id: cwe89-second-order-report-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-second-order-report-v
# tags: sqlite3
# explanation: The per-team query now binds the stored team name and the date with "?" parameters. Even though team names were typed by users, they are passed as values and can no longer be executed as SQL when the job runs.
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
            "WHERE p.team_name = ? AND s.started >= ?"
        )
        return self.conn.execute(sql, (team_name, since)).fetchone()

    def run(self):
        since = (date.today() - timedelta(days=7)).isoformat()
        digest = {}
        for team in self.teams():
            count, total = self.team_stats(team, since)
            digest[team] = {"sessions": count, "seconds": total or 0}
        return digest
