# ---
# id: cwe22-unpack-archive-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-unpack-archive-f
# tags: shutil, tarfile, argparse
# explanation: A dataset loader downloads contributor archives from a shared inbox and unpacks them with shutil.unpack_archive. For tar formats that call applies no extraction filter on Python 3.11, so member names containing ".." or absolute paths land outside the dataset directory.
# ---
import argparse
import shutil
from pathlib import Path


def unpack_contributions(inbox: Path, datasets: Path) -> list[Path]:
    done = []
    for archive in sorted(inbox.glob("*.tar.gz")):
        dest = datasets / archive.name.removesuffix(".tar.gz")
        dest.mkdir(parents=True, exist_ok=True)
        shutil.unpack_archive(archive, dest, format="gztar")  #@vuln
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
