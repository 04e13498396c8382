# ---
# id: cwe78-pgdump-quoted-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: subprocess, shlex, postgresql, argparse
# explanation: A backup script needs a shell pipeline (pg_dump piped into gzip) and builds it as a string, but every interpolated value, including the database name from the command line and the output path, is passed through shlex.quote. Each value is a single shell word, so the pipeline cannot be extended.
# ---
import argparse
import datetime
import shlex
import subprocess
from pathlib import Path


def dump_database(dbname: str, out_dir: Path, host: str = "localhost") -> Path:
    stamp = datetime.date.today().isoformat()
    target = out_dir / f"{dbname}-{stamp}.sql.gz"
    pipeline = "pg_dump --no-owner -h {host} -- {db} | gzip -9 > {out}".format(
        host=shlex.quote(host), db=shlex.quote(dbname), out=shlex.quote(str(target))
    )
    subprocess.run(pipeline, shell=True, check=True, executable="/bin/bash")
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("dbname")
    parser.add_argument("--out", type=Path, default=Path("/var/backups/pg"))
    parser.add_argument("--host", default="localhost")
    args = parser.parse_args()
    print(dump_database(args.dbname, args.out, args.host))
