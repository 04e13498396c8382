# ---
# id: cwe863-r2-fastapi-scope-prefix-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-r2-fastapi-scope-prefix-v
# tags: fastapi, oauth2
# explanation: A FastAPI file service checks OAuth2 scopes from a verified token. has_scope now requires the exact required scope to be among the granted ones, so a token with only files:read is refused by the delete endpoint, which needs files:delete.
# ---
import logging
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.responses import StreamingResponse

from .auth import TokenInfo, verified_token
from .storage import BlobStore

app = FastAPI(title="files")
log = logging.getLogger("files.api")
store = BlobStore.from_env()


def has_scope(token: TokenInfo, required: str) -> bool:
    return required in set(token.scopes)


def require(scope: str):
    def dep(token: Annotated[TokenInfo, Depends(verified_token)]) -> TokenInfo:
        if not has_scope(token, scope):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return token
    return dep


@app.get("/files/{file_id}")
def download(file_id: str, token: Annotated[TokenInfo, Depends(require("files:read"))]):
    blob = store.open(token.tenant, file_id)
    if blob is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return StreamingResponse(blob.iter_chunks(), media_type=blob.content_type)


@app.get("/files")
def listing(token: Annotated[TokenInfo, Depends(require("files:read"))], limit: int = 50):
    return [b.meta() for b in store.list(token.tenant, limit=min(limit, 500))]


@app.delete("/files/{file_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete(file_id: str, token: Annotated[TokenInfo, Depends(require("files:delete"))]):
    if not store.delete(token.tenant, file_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    log.info("file %s deleted by client %s", file_id, token.client_id)
