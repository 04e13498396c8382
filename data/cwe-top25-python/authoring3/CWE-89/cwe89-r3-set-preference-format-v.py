# ---
# id: cwe89-r3-set-preference-format-v
# cwe: CWE-89
# vulnerable: true
# twin: none
# tags: pymysql
# explanation: Stores a user preference sent from the settings page. user_id and key are bound, but the value is inserted with str.format into the SQL text; a value with a quote closes the string and lets the user run other SQL (e.g. a subquery reading other users' data).
# ---
import pymysql


def set_preference(conn, user_id, key, value):
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO prefs (user_id, k, v) VALUES (%s, %s, '{0}') "
            "ON DUPLICATE KEY UPDATE v = VALUES(v)".format(value),  #@vuln
            (user_id, key),
        )
    conn.commit()
