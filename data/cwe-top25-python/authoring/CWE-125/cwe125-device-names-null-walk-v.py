# ---
# id: cwe125-device-names-null-walk-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-device-names-null-walk-f
# tags: ctypes
# explanation: A sound-settings tool lists audio devices from a C library that returns an array of char* together with a count; the array is not NULL-terminated. The code walks the array until it finds a NULL entry instead of stopping at the count, so it reads pointers past the end of the array and dereferences whatever it finds there.
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
    i = 0
    while names[i]:  #@vuln
        result.append(names[i].decode("utf-8", "replace"))
        i += 1
    snd.snd_free_names(names, count.value)
    return result


if __name__ == "__main__":
    for n, name in enumerate(device_names()):
        print(f"{n}: {name}")
