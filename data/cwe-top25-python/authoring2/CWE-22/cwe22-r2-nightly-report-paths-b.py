# ---
# id: cwe22-r2-nightly-report-paths-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: argparse, pathlib
# explanation: A nightly report script opens and writes files whose paths are joined from module constants, a validated date and a region chosen from a fixed choices= list in argparse; no free-form input ever becomes part of a path, so there is nothing for an attacker to steer outside the report directories.
# ---
import argparse
import csv
import json
import logging
from datetime import date, timedelta
from pathlib import Path

log = logging.getLogger("reports.nightly")

DATA_ROOT = Path("/srv/warehouse/extracts")
REPORT_ROOT = Path("/srv/warehouse/reports")
REGIONS = ("emea", "amer", "apac")


def extract_path(region: str, day: date) -> Path:
    return DATA_ROOT / region / f"{day:%Y}" / f"sales-{day:%Y%m%d}.jsonl"


def report_path(region: str, day: date) -> Path:
    folder = REPORT_ROOT / region
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"summary-{day.isoformat()}.csv"


def summarize(path: Path) -> dict:
    totals = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            key = rec.get("sku", "unknown")
            qty, amount = totals.get(key, (0, 0.0))
            totals[key] = (qty + int(rec["qty"]), amount + float(rec["amount"]))
    return totals


def write_report(totals: dict, target: Path) -> None:
    tmp = target.with_suffix(".tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["sku", "qty", "amount"])
        for sku, (qty, amount) in sorted(totals.items(), key=lambda kv: -kv[1][1]):
            writer.writerow([sku, qty, f"{amount:.2f}"])
    tmp.replace(target)


def main() -> None:
    parser = argparse.ArgumentParser(description="Summarize one day of sales extracts.")
    parser.add_argument("--region", choices=REGIONS, required=True)
    parser.add_argument("--day", type=date.fromisoformat, default=date.today() - timedelta(days=1))
    args = parser.parse_args()
    source = extract_path(args.region, args.day)
    if not source.exists():
        log.error("no extract for %s on %s", args.region, args.day)
        raise SystemExit(1)
    target = report_path(args.region, args.day)
    write_report(summarize(source), target)
    log.info("wrote %s", target)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
