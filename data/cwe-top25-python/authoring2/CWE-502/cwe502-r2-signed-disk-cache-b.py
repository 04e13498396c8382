# ---
# id: cwe502-r2-signed-disk-cache-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: pickle, hmac, hashlib
# explanation: A small library-level disk cache pickles values that the process computed itself into a private 0700 directory and prefixes each file with an HMAC-SHA256 tag keyed by a secret from the environment. On read the tag is checked with hmac.compare_digest before pickle.loads, so only bytes this service wrote are ever unpickled; a tampered or foreign file is discarded.
# ---
import hashlib
import hmac
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any, Optional

log = logging.getLogger(__name__)

TAG_LEN = hashlib.sha256().digest_size


class DiskCache:
    """Memoize expensive results between runs of the same service."""

    def __init__(self, directory: str, key: bytes):
        self.directory = Path(directory)
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._key = key

    @classmethod
    def from_env(cls) -> "DiskCache":
        key = os.environ["REPORT_CACHE_KEY"].encode()
        return cls(os.path.expanduser("~/.cache/reportgen"), key)

    def _path(self, name: str) -> Path:
        digest = hashlib.sha256(name.encode()).hexdigest()
        return self.directory / f"{digest}.bin"

    def _tag(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()

    def get(self, name: str) -> Optional[Any]:
        path = self._path(name)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            return None
        tag, payload = blob[:TAG_LEN], blob[TAG_LEN:]
        if not hmac.compare_digest(tag, self._tag(payload)):
            log.warning("discarding cache entry %s with a bad tag", path.name)
            path.unlink(missing_ok=True)
            return None
        return pickle.loads(payload)

    def put(self, name: str, value: Any) -> None:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(dir=self.directory)
        with os.fdopen(fd, "wb") as fh:
            fh.write(self._tag(payload) + payload)
        os.replace(tmp, self._path(name))
