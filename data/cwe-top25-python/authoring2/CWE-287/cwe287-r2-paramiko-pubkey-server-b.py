# ---
# id: cwe287-r2-paramiko-pubkey-server-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: paramiko
# explanation: A paramiko-based SSH endpoint for a git mirror accepts only public-key logins. check_auth_publickey compares the offered key's fingerprint and base64 blob with the keys listed for that user in an authorized_keys style file, password and keyboard-interactive auth are not offered, and unknown users or keys get AUTH_FAILED.
# ---
import base64
import logging
from collections import defaultdict
from pathlib import Path

import paramiko

log = logging.getLogger("mirror.ssh")
KEYS_FILE = Path("/etc/mirror/authorized_keys")


def read_authorized_keys(path: Path) -> dict:
    keys = defaultdict(set)
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            user, key_type, blob = line.split()[:3]
            base64.b64decode(blob, validate=True)
        except ValueError:
            log.warning("%s:%d: skipping malformed entry", path, lineno)
            continue
        keys[user].add((key_type, blob))
    return keys


class MirrorServer(paramiko.ServerInterface):
    def __init__(self, authorized: dict):
        self.authorized = authorized
        self.username = None

    def get_allowed_auths(self, username):
        return "publickey"

    def check_auth_password(self, username, password):
        return paramiko.AUTH_FAILED

    def check_auth_publickey(self, username, key):
        offered = (key.get_name(), key.get_base64())
        if offered in self.authorized.get(username, ()):
            self.username = username
            log.info("key %s accepted for %s", key.get_fingerprint().hex(), username)
            return paramiko.AUTH_SUCCESSFUL
        return paramiko.AUTH_FAILED

    def check_channel_request(self, kind, chanid):
        return paramiko.OPEN_SUCCEEDED if kind == "session" else paramiko.OPEN_FAILED_ADMINISTRATIVELY_PROHIBITED

    def check_channel_exec_request(self, channel, command):
        return command.startswith(b"git-upload-pack ")
