# ---
# id: cwe89-r3-report-region-text-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-r3-report-region-text-f
# tags: sqlalchemy
# explanation: A report repository builds a SQLAlchemy text() query; the year is bound but the region, which comes from a dashboard filter in the request, is put into the string with an f-string. text() does not escape it, so a crafted region changes the query.
# ---
from sqlalchemy import text


class ReportRepository:
    def __init__(self, session):
        self.session = session

    def totals_for_region(self, region, year):
        q = text(
            "SELECT product, SUM(amount) AS total FROM sales "
            f"WHERE region = '{region}' AND year = :year GROUP BY product"  #@vuln
        )
        return self.session.execute(q, {"year": year}).mappings().all()
