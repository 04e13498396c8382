# ---
# id: cwe269-seteuid-plugin-v
# cwe: CWE-269
# vulnerable: true
# twin: none
# tags: os, pwd, importlib
# explanation: A root-run backup agent executes each user's own post-backup hook after switching only the effective uid and gid with os.seteuid/os.setegid. The real and saved uids stay 0, so a user's hook can call os.setuid(0) and regain root, instead of being confined to that user's rights.
# ---
import importlib.util
import os
import pwd
from pathlib import Path


def run_user_hook(username: str, hook: Path) -> None:
    entry = pwd.getpwnam(username)
    os.setegid(entry.pw_gid)
    os.seteuid(entry.pw_uid)  #@vuln
    try:
        spec = importlib.util.spec_from_file_location(f"hook_{username}", hook)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.after_backup(home=entry.pw_dir)
    finally:
        os.seteuid(0)
        os.setegid(0)


def run_all_hooks(users: list[str]) -> None:
    for username in users:
        hook = Path(pwd.getpwnam(username).pw_dir) / ".backup_hook.py"
        if hook.is_file() and hook.stat().st_uid == pwd.getpwnam(username).pw_uid:
            run_user_hook(username, hook)
