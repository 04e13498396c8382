# ---
# id: cwe22-zip-manual-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-zip-manual-f
# tags: zipfile, etl
# explanation: An ETL step unpacks partner-supplied zip files by iterating over the members and writing each one to os.path.join(dest, member.filename) itself. Member names are attacker-controlled, so "../../etc/cron.d/job" is written outside the staging directory (zip-slip); ZipFile.extract's own name cleaning is not used.
# ---
import os
import shutil
import zipfile


def unpack_partner_drop(zip_path: str, dest: str) -> list:
    written = []
    with zipfile.ZipFile(zip_path) as zf:
        for member in zf.infolist():
            if member.is_dir():
                continue
            out_path = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with zf.open(member) as src, open(out_path, "wb") as dst:  #@vuln
                shutil.copyfileobj(src, dst)
            written.append(out_path)
    return written


def stage(drop_dir: str, staging: str) -> int:
    total = 0
    for name in sorted(os.listdir(drop_dir)):
        if name.endswith(".zip"):
            total += len(unpack_partner_drop(os.path.join(drop_dir, name), staging))
    return total
