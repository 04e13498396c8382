# ---
# id: cwe22-r3-unpack-theme-zip-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-r3-unpack-theme-zip-f
# tags: zipfile, pathlib
# explanation: Installs a user-uploaded theme by writing every zip entry under the themes directory. Entry names are taken from the archive unchecked; Path's '/' keeps '..' parts and an absolute entry name replaces the base entirely, so a crafted zip overwrites files anywhere the process can write (zip-slip).
# ---
import zipfile
from pathlib import Path


def unpack_theme(archive_path, themes_dir):
    dest = Path(themes_dir)
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            out = dest / info.filename  #@vuln
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(zf.read(info))
    return dest
