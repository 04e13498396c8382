# ---
# id: cwe476-getenv-ctypes-default-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: ctypes, libc
# explanation: A native extension loader reads the plugin search path with libc getenv declared to return c_char_p; ctypes turns NULL into None and the code substitutes a default in that case before decoding, so an unset variable never leads to a NULL dereference.
# ---
import ctypes
import ctypes.util
import os

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.getenv.restype = ctypes.c_char_p
libc.getenv.argtypes = [ctypes.c_char_p]
DEFAULT_PATH = b"/usr/lib/imgtool/plugins"


def plugin_dirs() -> list:
    raw = libc.getenv(b"IMGTOOL_PLUGIN_PATH")
    if raw is None:
        raw = DEFAULT_PATH
    return [d for d in raw.decode().split(os.pathsep) if d and os.path.isdir(d)]


def load_plugins() -> dict:
    loaded = {}
    for directory in plugin_dirs():
        for name in sorted(os.listdir(directory)):
            if name.endswith(".so"):
                loaded[name[:-3]] = ctypes.CDLL(os.path.join(directory, name))
    return loaded
