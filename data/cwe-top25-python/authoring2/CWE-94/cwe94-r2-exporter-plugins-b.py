# ---
# id: cwe94-r2-exporter-plugins-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: importlib, plugins, click
# explanation: A report exporter loads output plugins with importlib.import_module(), but the module path always comes from a fixed registry inside the package (the user picks a key such as 'csv' or 'xlsx'), and installed third-party plugins are found through declared entry points; a user string is never imported, evaluated or executed.
# ---
import importlib
import logging
from importlib.metadata import entry_points
from typing import Callable, Dict

import click

log = logging.getLogger("exporter")

BUILTIN_FORMATS: Dict[str, str] = {
    "csv": "exporter.formats.csv_writer",
    "json": "exporter.formats.json_writer",
    "xlsx": "exporter.formats.xlsx_writer",
    "parquet": "exporter.formats.parquet_writer",
}
ENTRY_POINT_GROUP = "exporter.formats"


def discover() -> Dict[str, Callable[[], object]]:
    loaders: Dict[str, Callable[[], object]] = {
        name: (lambda mod=mod: importlib.import_module(mod)) for name, mod in BUILTIN_FORMATS.items()
    }
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in loaders:
            log.warning("plugin %s shadows a built-in format; ignored", ep.value)
            continue
        loaders[ep.name] = ep.load
    return loaders


def get_writer(fmt: str):
    loaders = discover()
    try:
        module = loaders[fmt]()
    except KeyError:
        raise click.BadParameter(f"unknown format {fmt!r}; available: {', '.join(sorted(loaders))}")
    writer = getattr(module, "write", None)
    if not callable(writer):
        raise click.ClickException(f"format {fmt!r} has no write() function")
    return writer


@click.command()
@click.argument("report_id", type=int)
@click.option("--format", "fmt", default="csv", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, writable=True), required=True)
def export(report_id: int, fmt: str, output: str) -> None:
    """Export one stored report in the chosen format."""
    from exporter.store import load_report

    rows = load_report(report_id)
    writer = get_writer(fmt)
    count = writer(rows, output)
    click.echo(f"wrote {count} rows to {output}")


if __name__ == "__main__":
    export()
