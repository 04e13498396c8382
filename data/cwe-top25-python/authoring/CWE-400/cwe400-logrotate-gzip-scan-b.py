# ---
# id: cwe400-logrotate-gzip-scan-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: gzip, argparse
# explanation: An operator CLI counts HTTP status codes across rotated nginx logs produced by the host itself. It opens each .gz file with gzip.open and iterates lines lazily, so memory stays constant regardless of file size, and the regex is a simple anchored pattern without nested quantifiers.
# ---
"""Count HTTP status codes across rotated nginx access logs."""

import argparse
import collections
import gzip
import pathlib
import re

LINE_RE = re.compile(r'^\S+ \S+ \S+ \[[^\]]+\] "[^"]*" (\d{3}) ')


def count_statuses(paths):
    counts = collections.Counter()
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                m = LINE_RE.match(line)
                if m:
                    counts[m.group(1)] += 1
    return counts


def main():
    ap = argparse.ArgumentParser(description="Count HTTP status codes in nginx access logs")
    ap.add_argument("logdir", type=pathlib.Path, nargs="?", default=pathlib.Path("/var/log/nginx"))
    args = ap.parse_args()
    files = sorted(args.logdir.glob("access.log*"))
    for status, n in sorted(count_statuses(files).items()):
        print(f"{status}\t{n}")


if __name__ == "__main__":
    main()
