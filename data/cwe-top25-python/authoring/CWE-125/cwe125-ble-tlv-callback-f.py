# ---
# id: cwe125-ble-tlv-callback-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-ble-tlv-callback-v
# tags: ctypes
# explanation: The TLV loop now stops when a record's type byte or body would extend beyond the advertisement length, so every byte read through the raw pointer lies inside the buffer the scanner passed in.
# ---
"""BLE advertisement scanner."""

import ctypes

ble = ctypes.CDLL("libblescan.so")
ADV_CB = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.POINTER(ctypes.c_ubyte), ctypes.c_size_t)

seen = {}


def parse_adv(data, length):
    fields = {}
    i = 0
    while i < length:
        size = data[i]
        if size == 0 or i + 1 + size > length:
            break
        kind = data[i + 1]
        fields[kind] = bytes(data[i + 2 : i + 1 + size])
        i += 1 + size
    return fields


@ADV_CB
def on_advert(addr, data, length):
    fields = parse_adv(data, length)
    name = fields.get(0x09, b"").decode("utf-8", "replace")
    seen[addr.decode()] = name


def scan(seconds: int = 10):
    ble.ble_scan(on_advert, seconds)
    return dict(seen)
