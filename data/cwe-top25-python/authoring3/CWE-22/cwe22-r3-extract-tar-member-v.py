# ---
# id: cwe22-r3-extract-tar-member-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-r3-extract-tar-member-f
# tags: tarfile
# explanation: Helper used while unpacking an uploaded or downloaded tar archive: it joins the archive member's name onto the destination directory and writes the file. Member names come from the archive, which an attacker controls, so a name like '../../home/user/.bashrc' or an absolute path writes outside dest (tar-slip).
# ---
import os
import tarfile


def _extract_member(tar: tarfile.TarFile, member: tarfile.TarInfo, dest: str) -> str:
    """Extract a single regular file from *tar* into *dest* and return its path."""
    target = os.path.join(dest, member.name)  #@vuln
    os.makedirs(os.path.dirname(target), exist_ok=True)
    src = tar.extractfile(member)
    if src is None:
        return target
    with src, open(target, "wb") as out:
        while True:
            chunk = src.read(64 * 1024)
            if not chunk:
                break
            out.write(chunk)
    return target
