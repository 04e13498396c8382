# ---
# id: cwe787-plugin-path-strcat-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-plugin-path-strcat-f
# tags: ctypes, libc, configparser
# explanation: An audio host builds a colon-separated plugin search path for a C library in a fixed 256-byte buffer by calling libc strcat for every directory listed in the user's config file. strcat does not know the buffer size, so a config with many or long directories writes past the end of the buffer.
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
    for i, directory in enumerate(dirs):
        if i:
            libc.strcat(buf, b":")
        libc.strcat(buf, directory.encode())  #@vuln
    return buf


def configure(config_file: str) -> None:
    host.host_set_plugin_path(plugin_path(config_file))
