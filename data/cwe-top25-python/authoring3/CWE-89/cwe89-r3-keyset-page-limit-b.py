# ---
# id: cwe89-r3-keyset-page-limit-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: dbapi
# explanation: Paginates posts. The SQL is assembled from constant fragments; after_id is a bound parameter, and the only value formatted into the text is limit after conversion with int() and clamping, which can only be a number.
# ---
def fetch_page(self, after_id=None, limit=50):
    limit = max(1, min(int(limit), 200))
    sql = "SELECT id, title, body FROM posts"
    args = []
    if after_id is not None:
        sql += " WHERE id > %s"
        args.append(after_id)
    sql += " ORDER BY id LIMIT %d" % limit
    self.cur.execute(sql, args)
    return self.cur.fetchall()
