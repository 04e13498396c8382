# ---
# id: cwe502-r3-signed-cache-entry-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: pickle, hmac, hashlib
# explanation: A disk cache unpickles entries only after verifying an HMAC-SHA256 tag made with a server-side key using hmac.compare_digest. Only the process that holds the key can produce accepted entries, so tampered or planted files are rejected before pickle.loads runs.
# ---
import hashlib
import hmac
import pickle


def read_entry(path, key):
    with open(path, "rb") as fh:
        tag = fh.read(32)
        payload = fh.read()
    expected = hmac.new(key, payload, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, expected):
        return None
    return pickle.loads(payload)
