# ---
# id: cwe476-walrus-match-guard-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: re, argparse
# explanation: A log-analysis CLI extracts request ids and durations with re.search inside an if (m := ...) guard, so group() is only called on a real match object; lines that do not match are counted and skipped instead of raising AttributeError on None.
# ---
import argparse
import re
import statistics

LINE_RE = re.compile(r"request_id=(?P<rid>[0-9a-f-]{36}).*?duration_ms=(?P<ms>\d+)")


def durations(path: str):
    skipped = 0
    values = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if (m := LINE_RE.search(line)) is None:
                skipped += 1
                continue
            values.append(int(m.group("ms")))
    return values, skipped


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("logfile")
    args = ap.parse_args()
    values, skipped = durations(args.logfile)
    if values:
        print(f"n={len(values)} p50={statistics.median(values)}ms max={max(values)}ms skipped={skipped}")
    else:
        print(f"no matching lines (skipped {skipped})")


if __name__ == "__main__":
    main()
