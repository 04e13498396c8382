# ---
# id: cwe798-r2-click-release-tool-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-r2-click-release-tool-v
# tags: click, requests
# explanation: A Click command-line tool used by developers to publish release notes to the internal artifact portal. The token option now has no default and is read from each developer's own PORTAL_TOKEN environment variable (or --token), and click refuses to run without it, so no credential is embedded in the source.
# ---
import json
import logging
import pathlib
import sys

import click
import requests

PORTAL_URL = "https://artifacts.corp.example/api/v2"
log = logging.getLogger("release-notes")


def read_notes(path: pathlib.Path) -> dict:
    text = path.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    if not title.startswith("# "):
        raise click.BadParameter("notes must start with a '# <title>' line", param_hint="NOTES")
    return {"title": title[2:].strip(), "body": body.strip()}


def portal_session(token: str) -> requests.Session:
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/json"})
    return s


@click.command()
@click.argument("project")
@click.argument("version")
@click.argument("notes", type=click.Path(exists=True, dir_okay=False, path_type=pathlib.Path))
@click.option("--token", envvar="PORTAL_TOKEN", required=True, help="Portal API token.")
@click.option("--dry-run", is_flag=True, help="Print the payload instead of sending it.")
def publish(project: str, version: str, notes: pathlib.Path, token: str, dry_run: bool) -> None:
    """Publish release notes for PROJECT VERSION."""
    payload = {"project": project, "version": version, **read_notes(notes)}
    if dry_run:
        click.echo(json.dumps(payload, indent=2))
        return
    resp = portal_session(token).post(f"{PORTAL_URL}/releases", json=payload, timeout=20)
    if resp.status_code == 409:
        click.echo(f"{project} {version} already has notes; use the web UI to edit them", err=True)
        sys.exit(1)
    resp.raise_for_status()
    click.echo(f"published: {resp.json()['url']}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    publish()
