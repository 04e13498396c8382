# ---
# id: cwe77-r3-smtp-rcpt-raw-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-r3-smtp-rcpt-raw-f
# tags: socket, smtp
# explanation: Methods of a small SMTP client send a notification to the address a user entered in their profile. The address is placed into a raw 'RCPT TO' line, and a value with CR/LF such as 'a@x.org>\r\nRCPT TO:<victim@y.org' adds SMTP commands, so the user can make the relay send mail to anyone (SMTP command injection).
# ---
def _smtp_cmd(self, line):
    self.sock.sendall(line.encode("ascii") + b"\r\n")
    return self._read_reply()


def send_notification(self, sender, rcpt, message):
    self._smtp_cmd("MAIL FROM:<%s>" % sender)
    self._smtp_cmd("RCPT TO:<%s>" % rcpt)  #@vuln
    self._smtp_cmd("DATA")
    self.sock.sendall(message.encode("utf-8") + b"\r\n.\r\n")
    return self._read_reply()
