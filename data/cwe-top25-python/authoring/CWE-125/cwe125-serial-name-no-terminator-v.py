# ---
# id: cwe125-serial-name-no-terminator-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-serial-name-no-terminator-f
# tags: ctypes, pyserial
# explanation: A USB instrument reports its name as exactly 16 bytes with no NUL terminator when the name fills the field. The code copies the 16 bytes into a 16-byte ctypes buffer and reads it back through c_char_p, which scans for a NUL, so a full-length name makes the read continue past the buffer into adjacent memory.
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
    name_buf = ctypes.create_string_buffer(NAME_LEN)
    ctypes.memmove(name_buf, reply, NAME_LEN)
    return ctypes.cast(name_buf, ctypes.c_char_p).value.decode("ascii", "replace")  #@vuln


def discover(devices):
    found = {}
    for dev in devices:
        with serial.Serial(dev, 115200, timeout=1) as port:
            found[dev] = query_name(port)
    return found
