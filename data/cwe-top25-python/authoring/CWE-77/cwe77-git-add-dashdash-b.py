# ---
# id: cwe77-git-add-dashdash-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: subprocess, git, click
# explanation: A docs-publishing CLI stages and commits user-named files with git through argument lists. The file names go after "--" and the commit message is the value of -m, so neither can be parsed as a git option, and no shell is involved.
# ---
import subprocess
from pathlib import Path

import click


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


@click.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--repo", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
@click.option("--message", "-m", default="Update documentation")
def publish(files, repo, message):
    git(repo, "add", "--", *files)
    staged = git(repo, "diff", "--cached", "--name-only").split()
    if not staged:
        click.echo("nothing to publish")
        return
    git(repo, "commit", "-m", message)
    git(repo, "push", "origin", "HEAD")
    click.echo(f"published {len(staged)} file(s)")


if __name__ == "__main__":
    publish()
