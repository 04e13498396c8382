# ---
# id: cwe125-device-names-null-walk-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-device-names-null-walk-v
# tags: ctypes
# explanation: The loop now iterates exactly count.value entries, the length the library reports, and skips NULL names, so no pointer past the end of the array is ever read.
# ---
"""List audio output devices."""

import ctypes

snd = ctypes.CDLL("libsndenum.so")
snd.snd_device_names.restype = ctypes.POINTER(ctypes.c_char_p)
snd.snd_device_names.argtypes = [ctypes.POINTER(ctypes.c_int)]
snd.snd_free_names.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int]


def device_names() -> list:
    count = ctypes.c_int()
    names = snd.snd_device_names(ctypes.byref(count))
    if not names:
        return []
    result = []
    for i in range(count.value):
        if names[i]:
            result.append(names[i].decode("utf-8", "replace"))
    snd.snd_free_names(names, count.value)
    return result


if __name__ == "__main__":
    for n, name in enumerate(device_names()):
        print(f"{n}: {name}")
