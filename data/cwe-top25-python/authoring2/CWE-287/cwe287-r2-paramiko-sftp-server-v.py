# ---
# id: cwe287-r2-paramiko-sftp-server-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-r2-paramiko-sftp-server-f
# tags: paramiko, hashlib
# explanation: A small paramiko SSH server for a file drop service checks password logins against a table of salted PBKDF2 hashes. check_auth_password returns AUTH_SUCCESSFUL as soon as the user name is known, without ever comparing the password, so anyone who knows or guesses an account name is logged in.
# ---
import hashlib
import hmac
import logging
import socket
import threading

import paramiko

log = logging.getLogger("filedrop.ssh")

ACCOUNTS = {}  # user -> (salt bytes, pbkdf2 digest bytes), loaded at start-up
ITERATIONS = 240_000


def load_accounts(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            user, salt_hex, digest_hex = line.strip().split(":")
            ACCOUNTS[user] = (bytes.fromhex(salt_hex), bytes.fromhex(digest_hex))


def password_matches(user: str, password: str) -> bool:
    salt, digest = ACCOUNTS[user]
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return hmac.compare_digest(candidate, digest)


class DropServer(paramiko.ServerInterface):
    def __init__(self):
        self.event = threading.Event()

    def get_allowed_auths(self, username):
        return "password"

    def check_auth_password(self, username, password):
        if username in ACCOUNTS:  #@vuln
            log.info("login ok for %s", username)
            return paramiko.AUTH_SUCCESSFUL
        log.warning("login failed for %s", username)
        return paramiko.AUTH_FAILED

    def check_channel_request(self, kind, chanid):
        if kind == "session":
            return paramiko.OPEN_SUCCEEDED
        return paramiko.OPEN_FAILED_ADMINISTRATIVELY_PROHIBITED


def serve(host_key_path: str, port: int = 2222) -> None:
    host_key = paramiko.RSAKey(filename=host_key_path)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("0.0.0.0", port))
    sock.listen(20)
    while True:
        client, addr = sock.accept()
        transport = paramiko.Transport(client)
        transport.add_server_key(host_key)
        transport.set_subsystem_handler("sftp", paramiko.SFTPServer)
        transport.start_server(server=DropServer())
        log.info("connection from %s", addr[0])
