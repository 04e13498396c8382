# ---
# id: cwe78-r2-git-mirror-cli-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: argparse, subprocess, git
# explanation: An admin CLI that mirrors repositories calls git through subprocess.run() with argument lists and no shell; the program is the constant 'git', remote URLs and refs from the command line are separate argv entries placed after '--' or as option values, so nothing is interpreted by a shell and nothing can become an extra git option.
# ---
import argparse
import logging
import subprocess
import sys
from pathlib import Path

log = logging.getLogger("mirror")

MIRROR_ROOT = Path("/srv/mirrors")
GIT = "/usr/bin/git"


def git(*args: str, cwd: Path = None) -> str:
    cmd = [GIT, *args]
    log.debug("running %s", cmd)
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"git {args[0]} failed: {proc.stderr.strip()[-400:]}")
    return proc.stdout


def mirror_dir(name: str) -> Path:
    if not name.replace("-", "").replace("_", "").isalnum():
        raise SystemExit(f"bad mirror name: {name!r}")
    return MIRROR_ROOT / f"{name}.git"


def cmd_add(args: argparse.Namespace) -> None:
    target = mirror_dir(args.name)
    if target.exists():
        raise SystemExit(f"{target} already exists")
    git("clone", "--mirror", "--", args.url, str(target))
    print(f"mirrored {args.url} into {target}")


def cmd_update(args: argparse.Namespace) -> None:
    names = args.names or sorted(p.stem for p in MIRROR_ROOT.glob("*.git"))
    for name in names:
        target = mirror_dir(name)
        git("remote", "update", "--prune", cwd=target)
        head = git("rev-parse", "--verify", "--end-of-options", args.ref, cwd=target).strip()
        print(f"{name}: {args.ref} at {head[:12]}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="mirror")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add")
    add.add_argument("name")
    add.add_argument("url")
    add.set_defaults(func=cmd_add)
    upd = sub.add_parser("update")
    upd.add_argument("names", nargs="*")
    upd.add_argument("--ref", default="HEAD")
    upd.set_defaults(func=cmd_update)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    args.func(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
