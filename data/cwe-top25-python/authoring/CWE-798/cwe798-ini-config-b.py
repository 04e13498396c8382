# ---
# id: cwe798-ini-config-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: configparser, click, requests
# explanation: A CLI reads the user's API token from ~/.config/ticketcli/config.ini with configparser and refuses to use the file if it is readable by group or others. The token belongs to the user and is never embedded in the program.
# ---
import configparser
import stat
from pathlib import Path

import click
import requests

CONFIG = Path.home() / ".config" / "ticketcli" / "config.ini"


def load_token() -> str:
    if not CONFIG.exists():
        raise click.ClickException(f"create {CONFIG} with an [auth] token = ... entry")
    if CONFIG.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise click.ClickException(f"{CONFIG} must not be accessible by other users (chmod 600)")
    parser = configparser.ConfigParser()
    parser.read(CONFIG)
    return parser["auth"]["token"]


@click.command()
@click.argument("ticket_id", type=int)
def show(ticket_id):
    resp = requests.get(
        f"https://tickets.example.com/api/tickets/{ticket_id}",
        headers={"Authorization": f"Bearer {load_token()}"},
        timeout=10,
    )
    resp.raise_for_status()
    t = resp.json()
    click.echo(f"#{t['id']} [{t['status']}] {t['title']}")


if __name__ == "__main__":
    show()
