# ---
# id: cwe400-r3-inflate-payload-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-r3-inflate-payload-v
# tags: zlib, gzip
# explanation: Inflation now goes through a decompressobj with max_length, and a payload that still has unconsumed input after the limit is rejected, so the decompressed size is capped at 8 MiB per request.
# ---
import zlib

MAX_INFLATED = 8 * 1024 * 1024


def decode_payload(body: bytes, encoding: str) -> bytes:
    if encoding == "gzip":
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(body, MAX_INFLATED)
        if d.unconsumed_tail:
            raise ValueError("payload too large")
        return out
    if encoding in ("", "identity"):
        return body
    raise ValueError("unsupported content-encoding %r" % encoding)
