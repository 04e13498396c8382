# ---
# id: cwe787-keyslot-wipe-memset-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-keyslot-wipe-memset-v
# tags: ctypes
# explanation: wipe() now rejects slot numbers outside 0..15 and clears exactly SLOT_SIZE bytes, ignoring the length in the message, so memset only ever touches one slot inside the key buffer.
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
        if not 0 <= slot < SLOTS:
            raise ValueError("bad slot")
        base = ctypes.addressof(self._buf)
        ctypes.memset(base + slot * SLOT_SIZE, 0, SLOT_SIZE)
        self._owners.pop(slot, None)


def on_logout(cache: KeyCache, message: dict) -> None:
    cache.wipe(int(message["slot"]), int(message.get("key_len", SLOT_SIZE)))
