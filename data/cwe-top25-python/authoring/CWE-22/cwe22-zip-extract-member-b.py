# ---
# id: cwe22-zip-extract-member-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: zipfile, fastapi
# explanation: A theme importer extracts selected members of an uploaded zip with ZipFile.extract. The member names come from the upload, but zipfile's extract removes drive letters, leading slashes and ".." components before writing, so every file lands inside the theme directory.
# ---
import io
import zipfile
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, UploadFile

from cms.auth import require_editor

app = FastAPI()
THEMES = Path("/srv/cms/themes")
THEME_FILES = (".css", ".html", ".svg", ".woff2", ".png")


@app.post("/themes/{slug}")
async def import_theme(slug: str, bundle: UploadFile, editor=Depends(require_editor)):
    if not slug.isidentifier():
        raise HTTPException(status_code=422, detail="theme slug must be an identifier")
    target = THEMES / slug
    target.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(await bundle.read())) as zf:
        members = [m for m in zf.infolist() if not m.is_dir() and m.filename.lower().endswith(THEME_FILES)]
        if sum(m.file_size for m in members) > 50 * 1024 * 1024:
            raise HTTPException(status_code=413, detail="theme too large")
        for member in members:
            zf.extract(member, target)
    return {"theme": slug, "files": len(members)}
