# ---
# id: cwe20-r2-argparse-resample-cli-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: argparse, csv, statistics
# explanation: A command-line tool that resamples sensor CSV files parses every option through argparse type functions that enforce ranges (interval 1..86400 seconds, a fill ratio in [0, 1], an enumerated aggregation) and exits with a usage error otherwise. Rows with unparsable timestamps or values are counted and skipped, so bad input cannot produce negative buckets or a division by zero.
# ---
import argparse
import csv
import math
import statistics
import sys
from collections import defaultdict
from datetime import datetime, timezone


def bounded_int(lo, hi):
    def parse(text):
        value = int(text)
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"must be between {lo} and {hi}")
        return value
    return parse


def ratio(text):
    value = float(text)
    if not (math.isfinite(value) and 0.0 <= value <= 1.0):
        raise argparse.ArgumentTypeError("must be a number between 0 and 1")
    return value


AGGREGATES = {"mean": statistics.fmean, "median": statistics.median, "max": max, "min": min}


def resample(rows, interval, agg):
    buckets, skipped = defaultdict(list), 0
    for row in rows:
        try:
            ts = datetime.fromisoformat(row["timestamp"]).astimezone(timezone.utc).timestamp()
            value = float(row["value"])
        except (KeyError, ValueError):
            skipped += 1
            continue
        if math.isfinite(value):
            buckets[int(ts // interval) * interval].append(value)
    return {start: AGGREGATES[agg](vals) for start, vals in sorted(buckets.items())}, skipped


def main(argv=None):
    p = argparse.ArgumentParser(description="Resample a sensor CSV (timestamp,value) to fixed intervals.")
    p.add_argument("csv_file", type=argparse.FileType("r", encoding="utf-8"))
    p.add_argument("--interval", type=bounded_int(1, 86400), default=300, help="bucket size in seconds")
    p.add_argument("--agg", choices=sorted(AGGREGATES), default="mean")
    p.add_argument("--min-fill", type=ratio, default=0.0, help="drop output if fewer buckets are filled")
    args = p.parse_args(argv)
    series, skipped = resample(csv.DictReader(args.csv_file), args.interval, args.agg)
    if series:
        span = (max(series) - min(series)) // args.interval + 1
        if len(series) / span < args.min_fill:
            print(f"only {len(series)}/{span} buckets filled", file=sys.stderr)
            return 2
    out = csv.writer(sys.stdout)
    out.writerow(["bucket_start", args.agg])
    for start, value in series.items():
        out.writerow([datetime.fromtimestamp(start, timezone.utc).isoformat(), f"{value:.4f}"])
    print(f"skipped {skipped} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
