# ---
# id: cwe125-r2-pak-directory-unpack-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: mmap, struct, gamedev
# explanation: A game-asset tool reads the directory of a PAK archive from an mmap with struct.unpack_from and slices entries out of the map. Offsets and sizes come from the file, but each entry is checked against the map length and struct.unpack_from and mmap slicing are bounds-checked by Python, so a forged directory raises an error rather than reading outside the mapping.
# ---
"""Read-only access to .pak asset archives."""

import logging
import mmap
import struct
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("assets.pak")

PAK_HEADER = struct.Struct("<4sII")
DIR_ENTRY = struct.Struct("<56sII")


@dataclass(frozen=True)
class PakEntry:
    name: str
    offset: int
    size: int


class PakArchive:
    def __init__(self, path: Path) -> None:
        self.path = path
        with open(path, "rb") as fh:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        magic, dir_offset, dir_size = PAK_HEADER.unpack_from(self._map, 0)
        if magic != b"PACK" or dir_size % DIR_ENTRY.size:
            raise ValueError(f"{path}: not a PAK archive")
        if dir_offset + dir_size > len(self._map):
            raise ValueError(f"{path}: directory extends past the end of the file")
        self.entries = {}
        for i in range(dir_size // DIR_ENTRY.size):
            raw_name, offset, size = DIR_ENTRY.unpack_from(self._map, dir_offset + i * DIR_ENTRY.size)
            name = raw_name.split(b"\0", 1)[0].decode("latin-1")
            if offset + size > len(self._map):
                log.warning("%s: entry %s points outside the archive", path.name, name)
                continue
            self.entries[name] = PakEntry(name, offset, size)

    def read(self, name: str) -> bytes:
        entry = self.entries[name]
        return self._map[entry.offset:entry.offset + entry.size]

    def listing(self) -> list[tuple[str, int]]:
        return sorted((e.name, e.size) for e in self.entries.values())

    def close(self) -> None:
        self._map.close()


def extract_sounds(archive: PakArchive) -> dict[str, bytes]:
    return {name: archive.read(name) for name in archive.entries if name.startswith("sound/")}
