# ---
# id: cwe89-r3-report-region-text-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-r3-report-region-text-v
# tags: sqlalchemy
# explanation: Fixed twin: the region is a named bind parameter like the year, so SQLAlchemy sends it as data.
# ---
from sqlalchemy import text


class ReportRepository:
    def __init__(self, session):
        self.session = session

    def totals_for_region(self, region, year):
        q = text(
            "SELECT product, SUM(amount) AS total FROM sales "
            "WHERE region = :region AND year = :year GROUP BY product"
        )
        return self.session.execute(q, {"region": region, "year": year}).mappings().all()
