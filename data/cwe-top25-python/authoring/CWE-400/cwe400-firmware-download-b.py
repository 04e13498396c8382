# ---
# id: cwe400-firmware-download-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: requests, hashlib
# explanation: A device updater downloads a firmware image with requests in streaming mode, with connect and read timeouts, and aborts as soon as the received bytes exceed the size announced in the signed manifest or a hard 64 MiB cap. Neither a slow server nor an oversized response can exhaust time or memory.
# ---
"""Firmware image download for the device updater."""

import hashlib
import tempfile

import requests

HARD_CAP = 64 * 1024 * 1024


class DownloadError(Exception):
    pass


def fetch_image(url: str, expected_size: int, expected_sha256: str) -> str:
    limit = min(expected_size, HARD_CAP)
    digest = hashlib.sha256()
    received = 0
    with requests.get(url, stream=True, timeout=(5, 30)) as resp:
        resp.raise_for_status()
        with tempfile.NamedTemporaryFile(delete=False, suffix=".bin") as out:
            for chunk in resp.iter_content(chunk_size=256 * 1024):
                received += len(chunk)
                if received > limit:
                    raise DownloadError(f"image larger than {limit} bytes")
                digest.update(chunk)
                out.write(chunk)
    if digest.hexdigest() != expected_sha256:
        raise DownloadError("checksum mismatch")
    return out.name
