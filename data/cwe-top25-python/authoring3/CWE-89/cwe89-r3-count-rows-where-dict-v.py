# ---
# id: cwe89-r3-count-rows-where-dict-v
# cwe: CWE-89
# vulnerable: true
# twin: none
# tags: dbapi
# explanation: A small ORM helper counts rows matching a dict of filters; in the admin API the dict is built from query-string parameters. Both keys and values are formatted into the WHERE clause, so a value with a quote or a key like '1=1 OR id' rewrites the query.
# ---
def count_rows(self, table, where=None):
    """Return the number of rows in *table*, optionally filtered.

    ``where`` maps column names to the values they must equal.
    """
    sql = "SELECT COUNT(*) FROM %s" % table
    if where:
        sql += " WHERE " + " AND ".join("%s = '%s'" % (k, v) for k, v in where.items())  #@vuln
    self.cursor.execute(sql)
    return self.cursor.fetchone()[0]
