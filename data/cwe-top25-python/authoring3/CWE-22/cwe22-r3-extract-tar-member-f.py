# ---
# id: cwe22-r3-extract-tar-member-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-r3-extract-tar-member-v
# tags: tarfile
# explanation: Fixed twin: the joined path is resolved with realpath and compared with the resolved destination through os.path.commonpath, so members with '..' components or absolute names are rejected before anything is written.
# ---
import os
import tarfile


def _extract_member(tar: tarfile.TarFile, member: tarfile.TarInfo, dest: str) -> str:
    """Extract a single regular file from *tar* into *dest* and return its path."""
    root = os.path.realpath(dest)
    target = os.path.realpath(os.path.join(root, member.name))
    if os.path.commonpath([root, target]) != root:
        raise ValueError("member %r leaves the destination" % member.name)
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
