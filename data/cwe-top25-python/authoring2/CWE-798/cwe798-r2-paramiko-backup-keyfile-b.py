# ---
# id: cwe798-r2-paramiko-backup-keyfile-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: paramiko, argparse
# explanation: An admin script copies database dumps to an off-site backup host with paramiko. It authenticates with a private key whose path and passphrase variable are given on the command line and environment, checks the host key against known_hosts, and contains only non-secret constants (host name, port, user name, remote directory), so no credential is embedded.
# ---
import argparse
import logging
import os
import sys
from pathlib import Path

import paramiko

BACKUP_HOST = "vault-01.backup.example.net"
BACKUP_PORT = 22
BACKUP_USER = "dbdumps"
REMOTE_DIR = "/data/dumps"

log = logging.getLogger("offsite")


def connect(key_path: Path) -> paramiko.SSHClient:
    passphrase = os.environ.get("BACKUP_KEY_PASSPHRASE")
    pkey = paramiko.Ed25519Key.from_private_key_file(str(key_path), password=passphrase)
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(BACKUP_HOST, port=BACKUP_PORT, username=BACKUP_USER, pkey=pkey,
                   allow_agent=False, look_for_keys=False, timeout=20)
    return client


def ship(client: paramiko.SSHClient, dumps: list[Path]) -> int:
    sent = 0
    with client.open_sftp() as sftp:
        existing = set(sftp.listdir(REMOTE_DIR))
        for dump in dumps:
            if dump.name in existing:
                log.info("skip %s (already there)", dump.name)
                continue
            sftp.put(str(dump), f"{REMOTE_DIR}/{dump.name}", confirm=True)
            sent += dump.stat().st_size
            log.info("sent %s", dump.name)
    return sent


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Copy database dumps off-site")
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("--key", type=Path, default=Path("~/.ssh/offsite_ed25519").expanduser())
    args = parser.parse_args(argv)
    missing = [d for d in args.dumps if not d.is_file()]
    if missing:
        parser.error(f"not a file: {missing[0]}")
    client = connect(args.key)
    try:
        total = ship(client, args.dumps)
    finally:
        client.close()
    log.info("%.1f MiB shipped", total / 2**20)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    sys.exit(main())
