# ---
# id: cwe22-zip-extractall-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: zipfile, click
# explanation: A CLI unpacks user-provided zip files with ZipFile.extractall, which looks like zip-slip, but zipfile removes absolute prefixes and ".." components from member names before writing, so every file lands under the destination. The code also caps the total size before extracting.
# ---
import zipfile
from pathlib import Path

import click

MAX_TOTAL = 500 * 1024 * 1024


@click.command()
@click.argument("archive", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--into", type=click.Path(file_okay=False, path_type=Path), default=Path("./unpacked"))
def unpack(archive: Path, into: Path) -> None:
    with zipfile.ZipFile(archive) as zf:
        total = sum(info.file_size for info in zf.infolist())
        if total > MAX_TOTAL:
            raise click.ClickException(f"archive expands to {total} bytes, limit is {MAX_TOTAL}")
        into.mkdir(parents=True, exist_ok=True)
        zf.extractall(into)
    click.echo(f"extracted {len(zf.namelist())} entries into {into}")


if __name__ == "__main__":
    unpack()
