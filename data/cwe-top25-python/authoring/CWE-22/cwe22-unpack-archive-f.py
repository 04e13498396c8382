# ---
# id: cwe22-unpack-archive-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-unpack-archive-v
# tags: shutil, tarfile, argparse
# explanation: The archives are now unpacked with filter="data" (available in shutil.unpack_archive since Python 3.11.4), which rejects absolute member names, ".." components and links that point outside the destination directory.
# ---
import argparse
import shutil
from pathlib import Path


def unpack_contributions(inbox: Path, datasets: Path) -> list[Path]:
    done = []
    for archive in sorted(inbox.glob("*.tar.gz")):
        dest = datasets / archive.name.removesuffix(".tar.gz")
        dest.mkdir(parents=True, exist_ok=True)
        shutil.unpack_archive(archive, dest, format="gztar", filter="data")
        archive.rename(archive.with_suffix(".done"))
        done.append(dest)
    return done


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Unpack contributed dataset archives")
    parser.add_argument("--inbox", type=Path, default=Path("/srv/datasets/inbox"))
    parser.add_argument("--datasets", type=Path, default=Path("/srv/datasets/unpacked"))
    args = parser.parse_args()
    for d in unpack_contributions(args.inbox, args.datasets):
        print("unpacked", d)
