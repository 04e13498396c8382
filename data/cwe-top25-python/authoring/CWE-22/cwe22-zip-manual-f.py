# ---
# id: cwe22-zip-manual-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-zip-manual-v
# tags: zipfile, etl
# explanation: The unpacker now computes the real path of each member and skips any whose os.path.commonpath with the real staging directory is not that directory. Absolute names and ".." sequences therefore cannot place files outside the staging area.
# ---
import os
import shutil
import zipfile


def unpack_partner_drop(zip_path: str, dest: str) -> list:
    written = []
    root = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as zf:
        for member in zf.infolist():
            if member.is_dir():
                continue
            out_path = os.path.realpath(os.path.join(root, member.filename))
            if os.path.commonpath([root, out_path]) != root:
                continue
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with zf.open(member) as src, open(out_path, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(out_path)
    return written


def stage(drop_dir: str, staging: str) -> int:
    total = 0
    for name in sorted(os.listdir(drop_dir)):
        if name.endswith(".zip"):
            total += len(unpack_partner_drop(os.path.join(drop_dir, name), staging))
    return total
