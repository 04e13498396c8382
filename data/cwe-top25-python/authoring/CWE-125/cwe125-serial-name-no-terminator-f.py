# ---
# id: cwe125-serial-name-no-terminator-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-serial-name-no-terminator-v
# tags: ctypes, pyserial
# explanation: The buffer now has NAME_LEN + 1 bytes, so after copying the 16 bytes there is always a zero terminator inside it and the c_char_p read stops within the buffer even for full-length names.
# ---
"""Discover instruments attached over USB serial."""

import ctypes

import serial

NAME_LEN = 16


def query_name(port: serial.Serial) -> str:
    port.write(b"*IDN?\n")
    reply = port.read(NAME_LEN)
    if len(reply) != NAME_LEN:
        raise TimeoutError("instrument did not answer")
    name_buf = ctypes.create_string_buffer(NAME_LEN + 1)
    ctypes.memmove(name_buf, reply, NAME_LEN)
    return ctypes.cast(name_buf, ctypes.c_char_p).value.decode("ascii", "replace")


def discover(devices):
    found = {}
    for dev in devices:
        with serial.Serial(dev, 115200, timeout=1) as port:
            found[dev] = query_name(port)
    return found
