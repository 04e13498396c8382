# ---
# id: cwe400-r3-inflate-payload-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-r3-inflate-payload-f
# tags: zlib, gzip
# explanation: The collector accepts gzip-encoded payloads from agents and inflates them with a single zlib.decompress call. A few kilobytes of compressed zeros expand to gigabytes, so one request can exhaust the collector's memory (a decompression bomb).
# ---
import zlib


def decode_payload(body: bytes, encoding: str) -> bytes:
    if encoding == "gzip":
        return zlib.decompress(body, 16 + zlib.MAX_WBITS)  #@vuln
    if encoding in ("", "identity"):
        return body
    raise ValueError("unsupported content-encoding %r" % encoding)
