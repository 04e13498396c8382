# ---
# id: cwe400-tar-restore-limits-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: tarfile
# explanation: A backup-restore tool extracts customer tarballs only after checking the member count and the total declared size against limits, and uses tarfile's "data" extraction filter, which also rejects special files and links outside the destination. Tar bombs and oversized archives are refused before anything is written.
# ---
import tarfile
from pathlib import Path

MAX_MEMBERS = 20_000
MAX_BYTES = 2 * 1024**3


class RestoreError(Exception):
    pass


def restore(archive: Path, dest: Path) -> int:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:*") as tar:
        members = []
        total = 0
        for member in tar:
            members.append(member)
            total += member.size
            if len(members) > MAX_MEMBERS or total > MAX_BYTES:
                raise RestoreError(f"{archive.name}: archive exceeds restore limits")
        tar.extractall(dest, members=members, filter="data")
    return len(members)
