# ---
# id: cwe77-r3-smtp-rcpt-raw-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-r3-smtp-rcpt-raw-v
# tags: socket, smtp
# explanation: Fixed twin: _smtp_cmd refuses any line containing CR or LF, so each call can only send the single command it builds; addresses can no longer add commands.
# ---
def _smtp_cmd(self, line):
    if "\r" in line or "\n" in line:
        raise ValueError("line break in SMTP command")
    self.sock.sendall(line.encode("ascii") + b"\r\n")
    return self._read_reply()


def send_notification(self, sender, rcpt, message):
    self._smtp_cmd("MAIL FROM:<%s>" % sender)
    self._smtp_cmd("RCPT TO:<%s>" % rcpt)
    self._smtp_cmd("DATA")
    self.sock.sendall(message.encode("utf-8") + b"\r\n.\r\n")
    return self._read_reply()
