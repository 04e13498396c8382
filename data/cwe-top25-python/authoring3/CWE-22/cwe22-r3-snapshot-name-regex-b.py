# ---
# id: cwe22-r3-snapshot-name-regex-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: re, os
# explanation: Reads a named snapshot from a directory. Names are matched against a strict allow-list regex of letters, digits, '_' and '-', so no separator or '..' can reach os.path.join; the file stays in snapshots_dir.
# ---
import os
import re

_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def snapshot_path(snapshots_dir, name):
    if not _NAME.match(name):
        raise ValueError("invalid snapshot name: %r" % (name,))
    return os.path.join(snapshots_dir, name + ".json")


def read_snapshot(snapshots_dir, name):
    with open(snapshot_path(snapshots_dir, name)) as fh:
        return fh.read()
