# ---
# id: cwe287-r3-totp-verify-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: pyotp
# explanation: Second-factor check: the TOTP code is verified against the secret stored for the user already identified by the first factor, with a one-step clock window, and a code can not be reused because the last accepted time step is recorded.
# ---
import datetime

import pyotp


def verify_second_factor(user, code: str) -> bool:
    if not user.totp_secret or not code.isdigit():
        return False
    totp = pyotp.TOTP(user.totp_secret)
    step = totp.timecode(datetime.datetime.now())
    if user.last_totp_step is not None and step <= user.last_totp_step:
        return False
    if not totp.verify(code, valid_window=1):
        return False
    user.last_totp_step = step
    user.save(update_fields=["last_totp_step"])
    return True
