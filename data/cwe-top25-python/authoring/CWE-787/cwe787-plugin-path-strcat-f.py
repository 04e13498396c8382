# ---
# id: cwe787-plugin-path-strcat-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-plugin-path-strcat-v
# tags: ctypes, libc, configparser
# explanation: plugin_path() now stops adding directories once the next one (plus separator and terminating NUL) would not fit in the 256-byte buffer, so every strcat stays inside it.
# ---
import configparser
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.strcat.restype = ctypes.c_char_p
libc.strcat.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
host = ctypes.CDLL("libaudiohost.so")
host.host_set_plugin_path.argtypes = [ctypes.c_char_p]

PATH_BUF = 256


def plugin_path(config_file: str) -> ctypes.Array:
    cfg = configparser.ConfigParser()
    cfg.read(config_file)
    dirs = [d.strip() for d in cfg.get("plugins", "dirs", fallback="/usr/lib/audiohost").split(",") if d.strip()]
    buf = ctypes.create_string_buffer(PATH_BUF)
    used = 0
    for i, directory in enumerate(dirs):
        piece = (b":" if i else b"") + directory.encode()
        if used + len(piece) + 1 > PATH_BUF:
            break
        libc.strcat(buf, piece)
        used += len(piece)
    return buf


def configure(config_file: str) -> None:
    host.host_set_plugin_path(plugin_path(config_file))
