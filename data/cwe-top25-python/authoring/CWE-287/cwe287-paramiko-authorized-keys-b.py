# ---
# id: cwe287-paramiko-authorized-keys-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: paramiko
# explanation: This paramiko server accepts public-key authentication only when the offered key equals one of the keys stored for that partner account, comparing the key objects, so possession of a matching private key (proven by paramiko's signature check) is required.
# ---
import paramiko

from .partners import authorized_keys_for


class PartnerSFTPServer(paramiko.ServerInterface):
    def __init__(self):
        super().__init__()
        self.username = None

    def get_allowed_auths(self, username):
        return "publickey"

    def check_auth_publickey(self, username, key):
        for allowed in authorized_keys_for(username):
            if allowed.get_name() == key.get_name() and allowed == key:
                self.username = username
                return paramiko.AUTH_SUCCESSFUL
        return paramiko.AUTH_FAILED

    def check_channel_request(self, kind, chanid):
        if kind == "session":
            return paramiko.OPEN_SUCCEEDED
        return paramiko.OPEN_FAILED_ADMINISTRATIVELY_PROHIBITED

    def check_channel_subsystem_request(self, channel, name):
        return name == "sftp"
