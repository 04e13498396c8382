# ---
# id: cwe287-paramiko-any-key-v
# cwe: CWE-287
# vulnerable: true
# twin: none
# tags: paramiko
# explanation: An SFTP ingestion server built on paramiko implements check_auth_publickey by only checking that the username exists. It never compares the offered key with the user's authorized keys, so any key pair authenticates as any known partner account.
# ---
import paramiko

from .partners import partner_exists, authorized_keys_for


class IngestServer(paramiko.ServerInterface):
    def get_allowed_auths(self, username):
        return "publickey"

    def check_auth_publickey(self, username, key):
        if partner_exists(username):  #@vuln
            self.username = username
            return paramiko.AUTH_SUCCESSFUL  #@vuln
        return paramiko.AUTH_FAILED

    def check_channel_request(self, kind, chanid):
        if kind == "session":
            return paramiko.OPEN_SUCCEEDED
        return paramiko.OPEN_FAILED_ADMINISTRATIVELY_PROHIBITED

    def check_channel_subsystem_request(self, channel, name):
        return name == "sftp"


def key_fingerprints(username):
    return {k.get_fingerprint().hex() for k in authorized_keys_for(username)}
