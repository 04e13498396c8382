# ---
# id: cwe20-usage-report-cli-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: argparse, datetime
# explanation: A billing CLI builds a usage report for a date range and a sample rate. argparse types parse ISO dates and bound the sample rate to 0..1 (finite), and main() refuses ranges where the end is not after the start or spans more than a year, so the report never runs on nonsense input.
# ---
"""Export metered usage for a billing period."""

import argparse
import math
from datetime import date, timedelta

from billing.usage import export_usage


def unit_fraction(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or not 0.0 < value <= 1.0:
        raise argparse.ArgumentTypeError("sample rate must be in (0, 1]")
    return value


def main(argv=None):
    ap = argparse.ArgumentParser(prog="usage-report")
    ap.add_argument("--start", type=date.fromisoformat, required=True)
    ap.add_argument("--end", type=date.fromisoformat, required=True)
    ap.add_argument("--sample", type=unit_fraction, default=1.0)
    ap.add_argument("--format", choices=("csv", "parquet"), default="csv")
    args = ap.parse_args(argv)
    if args.end <= args.start or args.end - args.start > timedelta(days=366):
        ap.error("--end must be after --start and at most one year later")
    path = export_usage(args.start, args.end, sample=args.sample, fmt=args.format)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
