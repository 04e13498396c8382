# ---
# id: cwe476-r3-reset-lookup-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-r3-reset-lookup-v
# tags: sqlalchemy, flask
# explanation: When no account matches, the method now returns the same response without touching the result, so the None returned by .first() is never dereferenced.
# ---
def request_reset(self, email):
    """Start a password reset for the account registered under ``email``."""
    user = self.session.query(User).filter_by(email=email.lower()).first()
    if user is None:
        return {"status": "sent"}
    user.reset_token = self.tokens.new()
    user.reset_sent_at = self.clock.now()
    self.session.commit()
    self.mailer.send_reset(user.email, user.reset_token)
    return {"status": "sent"}
