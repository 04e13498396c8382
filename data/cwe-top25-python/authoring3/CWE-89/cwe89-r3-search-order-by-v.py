# ---
# id: cwe89-r3-search-order-by-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-r3-search-order-by-f
# tags: django
# explanation: A product search helper binds the search term correctly but appends the `order_by` value, taken from the ?sort= query parameter by the calling view, straight into the ORDER BY clause. Placeholders cannot bind identifiers, and the raw value allows expressions such as '(CASE WHEN (SELECT ...) THEN name ELSE price END)' for blind extraction or stacked statements.
# ---
from django.db import connection


def search_products(term, order_by="name"):
    sql = (
        "SELECT id, name, price FROM shop_product "
        "WHERE name ILIKE %s ORDER BY " + order_by  #@vuln
    )
    with connection.cursor() as cur:
        cur.execute(sql, ["%" + term + "%"])
        return cur.fetchall()
