# ---
# id: cwe22-r2-model-bundle-unpack-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: tarfile, os
# explanation: A model-serving node unpacks model bundles (tar archives from the artifact store) member by member. Each member must be a regular file or directory, and its destination is computed with os.path.realpath and accepted only when os.path.commonpath shows it stays inside the destination, so absolute names, '..' components and links cannot write outside the bundle folder.
# ---
import hashlib
import logging
import os
import shutil
import tarfile

log = logging.getLogger("serving.bundles")

BUNDLE_ROOT = "/var/lib/serving/models"
MAX_MEMBER_BYTES = 4 * 1024 ** 3


class BundleError(Exception):
    pass


def member_destination(dest_root: str, member: tarfile.TarInfo) -> str:
    if not (member.isfile() or member.isdir()):
        raise BundleError(f"unsupported member type: {member.name}")
    if member.size > MAX_MEMBER_BYTES:
        raise BundleError(f"member too large: {member.name}")
    target = os.path.realpath(os.path.join(dest_root, member.name))
    if os.path.commonpath([dest_root, target]) != dest_root:
        raise BundleError(f"member outside bundle: {member.name}")
    return target


def unpack(archive_path: str, model_name: str, version: str) -> str:
    dest_root = os.path.realpath(os.path.join(BUNDLE_ROOT, hashlib.sha256(f"{model_name}:{version}".encode()).hexdigest()[:24]))
    os.makedirs(dest_root, exist_ok=True)
    digest = hashlib.sha256()
    with tarfile.open(archive_path, "r:*") as tar:
        for member in tar:
            target = member_destination(dest_root, member)
            if member.isdir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            src = tar.extractfile(member)
            with src, open(target, "wb") as out:
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    out.write(chunk)
            os.chmod(target, 0o644)
    log.info("unpacked %s:%s into %s (sha256 %s)", model_name, version, dest_root, digest.hexdigest()[:16])
    return dest_root


def remove(dest_root: str) -> None:
    real = os.path.realpath(dest_root)
    if os.path.dirname(real) != os.path.realpath(BUNDLE_ROOT):
        raise BundleError(f"refusing to remove {dest_root}")
    shutil.rmtree(real)
