# ---
# id: cwe502-hmac-cache-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: pickle, hmac, pathlib
# explanation: A scientific pipeline caches expensive intermediate results as pickles in a private 0700 cache directory and appends an HMAC computed with a key from the environment. On load the HMAC is checked with compare_digest before pickle.loads, so only files the pipeline itself wrote are ever unpickled.
# ---
import hashlib
import hmac
import os
import pickle
from pathlib import Path

CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "spectra"
KEY = os.environ["SPECTRA_CACHE_KEY"].encode()


def _digest(data: bytes) -> bytes:
    return hmac.new(KEY, data, hashlib.sha256).digest()


def cache_put(name: str, obj) -> None:
    CACHE_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    tmp = CACHE_DIR / f".{name}.tmp"
    tmp.write_bytes(_digest(data) + data)
    tmp.replace(CACHE_DIR / f"{name}.pkl")


def cache_get(name: str):
    path = CACHE_DIR / f"{name}.pkl"
    if not path.exists():
        return None
    blob = path.read_bytes()
    tag, data = blob[:32], blob[32:]
    if not hmac.compare_digest(tag, _digest(data)):
        path.unlink()
        return None
    return pickle.loads(data)
