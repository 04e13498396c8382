# ---
# id: cwe22-r3-unpack-theme-zip-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-r3-unpack-theme-zip-v
# tags: zipfile, pathlib
# explanation: Fixed twin: each output path is resolved and must be relative to the resolved themes directory (Path.is_relative_to), so entries that climb out or are absolute raise before writing.
# ---
import zipfile
from pathlib import Path


def unpack_theme(archive_path, themes_dir):
    dest = Path(themes_dir).resolve()
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            out = (dest / info.filename).resolve()
            if not out.is_relative_to(dest):
                raise ValueError(f"bad entry {info.filename!r}")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(zf.read(info))
    return dest
