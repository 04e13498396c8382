# ---
# id: cwe79-pandas-to-html-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: flask, pandas, markupsafe
# explanation: A report page wraps the output of DataFrame.to_html in Markup. The frame holds user-entered product names, but pandas escapes cell contents and headers by default (escape=True), so the markup passed through Markup contains only the table structure that pandas generated.
# ---
import pandas as pd
from flask import Flask, render_template
from flask_login import current_user, login_required
from markupsafe import Markup

from .db import engine

app = Flask(__name__)


def sales_table(shop_id: int) -> Markup:
    frame = pd.read_sql_query(
        "SELECT product_name, units, revenue FROM monthly_sales WHERE shop_id = %(shop)s ORDER BY revenue DESC",
        engine,
        params={"shop": shop_id},
    )
    frame["revenue"] = frame["revenue"].map("{:,.2f}".format)
    return Markup(frame.to_html(index=False, classes="table table-sm", border=0))


@app.get("/reports/sales")
@login_required
def sales_report():
    return render_template("reports/sales.html", table=sales_table(current_user.shop_id))
