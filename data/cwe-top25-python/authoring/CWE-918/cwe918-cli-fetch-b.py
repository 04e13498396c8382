# ---
# id: cwe918-cli-fetch-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: requests, argparse, hashlib
# explanation: A developer command-line tool downloads whatever URLs its user passes and prints their checksums. The URLs come from the person running the tool on their own machine, who could fetch them directly anyway, so there is no server acting on someone else's behalf and no request forgery.
# ---
import argparse
import hashlib
import sys

import requests


def checksum(url: str, algorithm: str) -> str:
    digest = hashlib.new(algorithm)
    with requests.get(url, stream=True, timeout=30) as resp:
        resp.raise_for_status()
        for chunk in resp.iter_content(chunk_size=1 << 16):
            digest.update(chunk)
    return digest.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description="Print checksums of remote files")
    ap.add_argument("urls", nargs="+")
    ap.add_argument("-a", "--algorithm", default="sha256", choices=sorted(hashlib.algorithms_guaranteed))
    args = ap.parse_args()
    status = 0
    for url in args.urls:
        try:
            print(f"{checksum(url, args.algorithm)}  {url}")
        except requests.RequestException as exc:
            print(f"error: {url}: {exc}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
