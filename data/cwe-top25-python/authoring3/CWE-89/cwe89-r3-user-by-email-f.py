# ---
# id: cwe89-r3-user-by-email-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-r3-user-by-email-v
# tags: psycopg2
# explanation: Fixed twin: the email is passed as a bound parameter (the driver's %s placeholder with a tuple), not formatted into the SQL string, so it is always treated as a value.
# ---
class UserStore:
    def get_user_by_email(self, email):
        cursor = self.db.cursor()
        cursor.execute("SELECT id, username, password_hash FROM users WHERE email = %s", (email,))
        row = cursor.fetchone()
        if row is None:
            return None
        return {"id": row[0], "username": row[1], "password_hash": row[2]}
