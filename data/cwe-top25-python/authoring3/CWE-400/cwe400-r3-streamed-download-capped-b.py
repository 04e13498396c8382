# ---
# id: cwe400-r3-streamed-download-capped-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: requests, tempfile
# explanation: The package mirror downloads an artifact with a timeout, streams it in chunks and aborts as soon as more than the configured maximum has been received, so neither memory nor disk use is unbounded.
# ---
import tempfile

import requests

MAX_ARTIFACT = 200 * 1024 * 1024


def download_artifact(url):
    tmp = tempfile.NamedTemporaryFile(delete=False, suffix=".whl")
    received = 0
    with requests.get(url, stream=True, timeout=(5, 30)) as resp:
        resp.raise_for_status()
        for chunk in resp.iter_content(chunk_size=64 * 1024):
            received += len(chunk)
            if received > MAX_ARTIFACT:
                tmp.close()
                raise IOError("artifact exceeds %d bytes" % MAX_ARTIFACT)
            tmp.write(chunk)
    tmp.close()
    return tmp.name
