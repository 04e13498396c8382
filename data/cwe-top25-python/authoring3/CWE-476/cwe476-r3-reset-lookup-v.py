# ---
# id: cwe476-r3-reset-lookup-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-r3-reset-lookup-f
# tags: sqlalchemy, flask
# explanation: The password-reset endpoint looks up the account by the submitted e-mail with .first(), which returns None for unknown addresses, and then sets attributes on the result. Unknown addresses crash the request.
# ---
def request_reset(self, email):
    """Start a password reset for the account registered under ``email``."""
    user = self.session.query(User).filter_by(email=email.lower()).first()
    user.reset_token = self.tokens.new()  #@vuln
    user.reset_sent_at = self.clock.now()
    self.session.commit()
    self.mailer.send_reset(user.email, user.reset_token)
    return {"status": "sent"}
