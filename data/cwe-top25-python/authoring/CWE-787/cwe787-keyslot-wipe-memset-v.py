# ---
# id: cwe787-keyslot-wipe-memset-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-keyslot-wipe-memset-f
# tags: ctypes
# explanation: A key cache keeps session keys in one ctypes buffer of 16 slots and wipes a slot with ctypes.memset when a client logs out. The slot number and wipe length come from the logout message and are not checked, so slot 40 or a length larger than a slot makes memset zero memory beyond the key buffer.
# ---
import ctypes

SLOT_SIZE = 32
SLOTS = 16


class KeyCache:
    def __init__(self):
        self._buf = (ctypes.c_ubyte * (SLOT_SIZE * SLOTS))()
        self._owners = {}

    def store(self, slot: int, owner: str, key: bytes) -> None:
        if not 0 <= slot < SLOTS or len(key) != SLOT_SIZE:
            raise ValueError("bad slot or key length")
        ctypes.memmove(ctypes.addressof(self._buf) + slot * SLOT_SIZE, key, SLOT_SIZE)
        self._owners[slot] = owner

    def wipe(self, slot: int, length: int) -> None:
        base = ctypes.addressof(self._buf)
        ctypes.memset(base + slot * SLOT_SIZE, 0, length)  #@vuln
        self._owners.pop(slot, None)


def on_logout(cache: KeyCache, message: dict) -> None:
    cache.wipe(int(message["slot"]), int(message.get("key_len", SLOT_SIZE)))
