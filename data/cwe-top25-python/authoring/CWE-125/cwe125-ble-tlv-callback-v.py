# ---
# id: cwe125-ble-tlv-callback-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-ble-tlv-callback-f
# tags: ctypes
# explanation: A BLE scanner registers a ctypes callback that receives advertisement data as a pointer and a length. The TLV loop trusts each record's length byte and slices data[i + 2 : i + 1 + size] through the raw pointer without comparing it with the total length, so a record claiming 200 bytes near the end makes the callback read past the advertisement buffer.
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
        if size == 0:
            break
        kind = data[i + 1]
        fields[kind] = bytes(data[i + 2 : i + 1 + size])  #@vuln
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
