# ---
# id: cwe77-r2-gnuplot-latency-chart-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: click, gnuplot, subprocess
# explanation: A Click CLI renders latency charts by writing a gnuplot script to gnuplot's stdin. Gnuplot is a command interpreter, but the script only contains constant text, a title chosen from a fixed metric table, an output path the tool builds itself, and data rows formatted from floats parsed out of the CSV; no free text from the input file or command line reaches the script.
# ---
import csv
import subprocess
import sys
from pathlib import Path

import click

METRICS = {"p50": "Median latency", "p95": "95th percentile latency", "p99": "99th percentile latency"}
OUT_DIR = Path("charts")


def read_series(csv_path: Path, metric: str):
    points = []
    with csv_path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                points.append((float(row["minute"]), float(row[metric])))
            except (KeyError, ValueError):
                continue
    return points


def gnuplot_script(title: str, output: Path, points) -> str:
    data = "\n".join(f"{x:.3f} {y:.3f}" for x, y in points)
    return (
        "set terminal pngcairo size 1200,500\n"
        f"set output '{output}'\n"
        f"set title '{title}'\n"
        "set xlabel 'minute'\nset ylabel 'ms'\nset grid\n"
        "$series << EOD\n"
        f"{data}\n"
        "EOD\n"
        "plot $series using 1:2 with lines lw 2 notitle\n"
    )


@click.command()
@click.argument("csv_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--metric", type=click.Choice(sorted(METRICS)), default="p95", show_default=True)
def chart(csv_path: Path, metric: str) -> None:
    """Render a latency chart from a load-test CSV."""
    points = read_series(csv_path, metric)
    if not points:
        raise click.ClickException(f"no usable {metric} values in {csv_path.name}")
    OUT_DIR.mkdir(exist_ok=True)
    output = OUT_DIR / f"latency-{metric}-{len(points)}pts.png"
    script = gnuplot_script(METRICS[metric], output, points)
    proc = subprocess.run(["gnuplot"], input=script, text=True, capture_output=True)
    if proc.returncode != 0:
        click.echo(proc.stderr, err=True)
        sys.exit(proc.returncode)
    click.echo(f"wrote {output}")


if __name__ == "__main__":
    chart()
