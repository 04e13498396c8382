# ---
# id: cwe22-r3-rotate-backups-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: os, shutil
# explanation: Deletes old backups in a directory. Every name passed to os.remove comes from os.scandir of that same directory, not from a user, and the rmtree target is a fixed subfolder; there is no externally controlled path.
# ---
import os
import shutil


def rotate_backups(backup_dir, keep=5):
    entries = sorted(
        (e for e in os.scandir(backup_dir) if e.is_file() and e.name.endswith(".tar.gz")),
        key=lambda e: e.stat().st_mtime,
        reverse=True,
    )
    for entry in entries[keep:]:
        os.remove(os.path.join(backup_dir, entry.name))
    if os.path.isdir(os.path.join(backup_dir, "tmp")):
        shutil.rmtree(os.path.join(backup_dir, "tmp"))
