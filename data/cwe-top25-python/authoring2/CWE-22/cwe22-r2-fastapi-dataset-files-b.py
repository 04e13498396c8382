# ---
# id: cwe22-r2-fastapi-dataset-files-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: fastapi, pathlib
# explanation: A FastAPI service serves files from published dataset folders. The dataset slug is looked up in the catalog (unknown slugs are 404) and the requested relative path is resolved and accepted only if the resolved path is inside the dataset's resolved root, which also defeats '..' and symlinks pointing elsewhere, so only files of that dataset can be returned.
# ---
import logging
from pathlib import Path
from typing import Dict

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI(title="datasets")
log = logging.getLogger("datasets")

PUBLISHED_ROOT = Path("/srv/datasets/published")


class Catalog:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def roots(self) -> Dict[str, Path]:
        return {p.name: p for p in self.root.iterdir() if p.is_dir() and (p / "README.md").exists()}

    def dataset_root(self, slug: str) -> Path:
        root = self.roots().get(slug)
        if root is None:
            raise HTTPException(status_code=404, detail="unknown dataset")
        return root.resolve()


def get_catalog() -> Catalog:
    return Catalog(PUBLISHED_ROOT)


def resolve_inside(root: Path, relative: str) -> Path:
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise HTTPException(status_code=404, detail="not found")
    if not candidate.is_file():
        raise HTTPException(status_code=404, detail="not found")
    return candidate


@app.get("/datasets/{slug}/files/{file_path:path}")
def get_file(slug: str, file_path: str, catalog: Catalog = Depends(get_catalog)) -> FileResponse:
    root = catalog.dataset_root(slug)
    target = resolve_inside(root, file_path)
    log.info("serving %s/%s", slug, target.relative_to(root))
    return FileResponse(target, filename=target.name)


@app.get("/datasets/{slug}")
def list_files(slug: str, catalog: Catalog = Depends(get_catalog)) -> dict:
    root = catalog.dataset_root(slug)
    files = [str(p.relative_to(root)) for p in sorted(root.rglob("*")) if p.is_file()]
    return {"dataset": slug, "files": files[:1000], "truncated": len(files) > 1000}
