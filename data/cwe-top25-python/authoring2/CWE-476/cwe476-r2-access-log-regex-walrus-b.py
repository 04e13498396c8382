# ---
# id: cwe476-r2-access-log-regex-walrus-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: argparse, re, gzip, cli
# explanation: A command-line report tool parses nginx access logs with a regular expression. Lines that do not match are counted and skipped before any group is read, optional fields are read with dict.get and defaults, and the optional upstream time is converted only when present, so malformed or partial log lines never lead to attribute access on None.
# ---
"""toppaths: summarise slow and failing paths from nginx access logs."""

import argparse
import collections
import gzip
import re
import sys

LINE_RE = re.compile(
    r'(?P<addr>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+)[^"]*" '
    r'(?P<status>\d{3}) (?P<bytes>\d+|-)(?: "[^"]*" "[^"]*")?(?: rt=(?P<rt>[\d.]+))?'
)


def open_log(path: str):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def scan(paths, slow_ms: float):
    hits = collections.Counter()
    errors = collections.Counter()
    slow = collections.Counter()
    skipped = 0
    for path in paths:
        with open_log(path) as fh:
            for line in fh:
                if (m := LINE_RE.match(line)) is None:
                    skipped += 1
                    continue
                fields = m.groupdict()
                route = fields["path"].split("?", 1)[0]
                hits[route] += 1
                if fields["status"].startswith("5"):
                    errors[route] += 1
                rt = fields.get("rt")
                if rt is not None and float(rt) * 1000 >= slow_ms:
                    slow[route] += 1
    return hits, errors, slow, skipped


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("logs", nargs="+")
    parser.add_argument("--slow-ms", type=float, default=500.0)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    hits, errors, slow, skipped = scan(args.logs, args.slow_ms)
    print(f"{'path':<50} {'hits':>8} {'5xx':>6} {'slow':>6}")
    for route, count in hits.most_common(args.top):
        print(f"{route[:50]:<50} {count:>8} {errors.get(route, 0):>6} {slow.get(route, 0):>6}")
    if skipped:
        print(f"({skipped} lines did not parse)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
