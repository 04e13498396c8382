# ---
# id: cwe787-device-config-struct-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: A driver loader reads a binary device profile into a ctypes Structure with memmove. The copy length is always ctypes.sizeof(DeviceProfile) and the file contents are checked to be exactly that long first, so the write never exceeds the destination structure.
# ---
"""Load binary device profiles for the acquisition driver."""

import ctypes
import pathlib


class DeviceProfile(ctypes.LittleEndianStructure):
    _pack_ = 1
    _fields_ = [
        ("magic", ctypes.c_char * 4),
        ("version", ctypes.c_uint16),
        ("sample_rate", ctypes.c_uint32),
        ("channels", ctypes.c_uint8),
        ("gain_db", ctypes.c_int8 * 8),
        ("serial", ctypes.c_char * 16),
    ]


class ProfileError(Exception):
    pass


def load_profile(path: pathlib.Path) -> DeviceProfile:
    data = path.read_bytes()
    if len(data) != ctypes.sizeof(DeviceProfile):
        raise ProfileError(f"{path}: expected {ctypes.sizeof(DeviceProfile)} bytes, got {len(data)}")
    profile = DeviceProfile()
    ctypes.memmove(ctypes.addressof(profile), data, ctypes.sizeof(DeviceProfile))
    if profile.magic != b"DVPF":
        raise ProfileError(f"{path}: bad magic {profile.magic!r}")
    return profile
