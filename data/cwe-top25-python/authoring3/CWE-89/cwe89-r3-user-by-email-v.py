# ---
# id: cwe89-r3-user-by-email-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-r3-user-by-email-f
# tags: psycopg2
# explanation: A repository method used by the login and password-reset views looks a user up by the email typed into the form. The email is %-formatted into the SQL text, so "' OR '1'='1" or a UNION SELECT changes the query and can log in as another user or dump hashes.
# ---
class UserStore:
    def get_user_by_email(self, email):
        cursor = self.db.cursor()
        cursor.execute("SELECT id, username, password_hash FROM users WHERE email = '%s'" % email)  #@vuln
        row = cursor.fetchone()
        if row is None:
            return None
        return {"id": row[0], "username": row[1], "password_hash": row[2]}
