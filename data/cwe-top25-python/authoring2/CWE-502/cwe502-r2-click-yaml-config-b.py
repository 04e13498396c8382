# ---
# id: cwe502-r2-click-yaml-config-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: click, yaml
# explanation: A Click CLI for a backup tool reads its YAML settings file with yaml.load and Loader=yaml.SafeLoader, the same as yaml.safe_load: only standard YAML types are built and python/* tags are rejected. The parsed mapping is merged over defaults and type checked, so even a hostile config file cannot construct objects or run code.
# ---
import logging
import os
import sys
from pathlib import Path

import click
import yaml

log = logging.getLogger("snapshotter")

DEFAULTS = {
    "retention_days": 14,
    "compress": True,
    "targets": [],
    "bucket": None,
}
CONFIG_LOCATIONS = ("./snapshotter.yml", "~/.config/snapshotter.yml", "/etc/snapshotter.yml")


def find_config(explicit):
    if explicit:
        return Path(explicit)
    for candidate in CONFIG_LOCATIONS:
        path = Path(os.path.expanduser(candidate))
        if path.is_file():
            return path
    return None


def load_settings(path):
    settings = dict(DEFAULTS)
    if path is None:
        return settings
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.SafeLoader) or {}
    if not isinstance(data, dict):
        raise click.ClickException(f"{path}: top level must be a mapping")
    unknown = set(data) - set(DEFAULTS)
    if unknown:
        log.warning("ignoring unknown keys: %s", ", ".join(sorted(unknown)))
    settings.update({k: v for k, v in data.items() if k in DEFAULTS})
    if not isinstance(settings["retention_days"], int) or settings["retention_days"] < 1:
        raise click.ClickException("retention_days must be a positive integer")
    return settings


@click.command()
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="settings file")
@click.option("--dry-run", is_flag=True)
def main(config_path, dry_run):
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    settings = load_settings(find_config(config_path))
    for target in settings["targets"]:
        action = "would snapshot" if dry_run else "snapshotting"
        click.echo(f"{action} {target} -> {settings['bucket'] or 'local'}")


if __name__ == "__main__":
    main()
