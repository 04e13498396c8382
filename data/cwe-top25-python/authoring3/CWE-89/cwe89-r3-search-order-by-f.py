# ---
# id: cwe89-r3-search-order-by-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-r3-search-order-by-v
# tags: django
# explanation: Fixed twin: the sort key is mapped through a fixed dictionary of allowed ORDER BY fragments, falling back to 'name', so only constant SQL reaches the query; the term stays a bound parameter.
# ---
from django.db import connection

SORT_COLUMNS = {"name": "name", "price": "price", "-price": "price DESC"}


def search_products(term, order_by="name"):
    sql = (
        "SELECT id, name, price FROM shop_product "
        "WHERE name ILIKE %s ORDER BY " + SORT_COLUMNS.get(order_by, "name")
    )
    with connection.cursor() as cur:
        cur.execute(sql, ["%" + term + "%"])
        return cur.fetchall()
