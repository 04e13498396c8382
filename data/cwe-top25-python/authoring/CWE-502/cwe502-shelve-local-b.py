# ---
# id: cwe502-shelve-local-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: shelve, argparse, urllib
# explanation: A command-line feed reader keeps its own read-state in a shelve file inside the user's private config directory, which only this program writes. The shelf's contents come from the program's own earlier runs, not from any remote party, so unpickling them is not a trust boundary.
# ---
import argparse
import os
import shelve
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

STATE = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "feedcat" / "state"


def fetch_titles(url):
    with urllib.request.urlopen(url, timeout=15) as resp:
        root = ET.fromstring(resp.read())
    return [(i.findtext("guid") or i.findtext("link"), i.findtext("title")) for i in root.iter("item")]


def main():
    ap = argparse.ArgumentParser(description="Show unread items of a feed")
    ap.add_argument("feed")
    args = ap.parse_args()
    STATE.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with shelve.open(str(STATE)) as seen:
        known = seen.get(args.feed, set())
        for guid, title in fetch_titles(args.feed):
            if guid not in known:
                print("*", title)
                known.add(guid)
        seen[args.feed] = known


if __name__ == "__main__":
    main()
