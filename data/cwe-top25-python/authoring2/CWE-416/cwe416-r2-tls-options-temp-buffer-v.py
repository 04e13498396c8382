# ---
# id: cwe416-r2-tls-options-temp-buffer-v
# cwe: CWE-416
# vulnerable: true
# twin: none
# tags: ctypes, tls, configparser
# explanation: A wrapper around a native TLS client library builds its options structure from an INI config. The pinned-key blob is copied into a ctypes buffer that only exists as a temporary, and just its integer address is stored in a c_void_p field, so the buffer is freed immediately while the library keeps using the pointer during every later handshake.
# ---
"""Configuration of the native TLS client used by the sync agent."""

import base64
import configparser
import ctypes
import logging

log = logging.getLogger("syncagent.tls")


class TlsOptions(ctypes.Structure):
    _fields_ = [
        ("min_version", ctypes.c_int),
        ("verify_peer", ctypes.c_int),
        ("ca_file", ctypes.c_char_p),
        ("pin", ctypes.c_void_p),
        ("pin_len", ctypes.c_size_t),
        ("timeout_ms", ctypes.c_uint32),
    ]


_tls = ctypes.CDLL("libsynctls.so")
_tls.stls_client_new.argtypes = [ctypes.POINTER(TlsOptions)]
_tls.stls_client_new.restype = ctypes.c_void_p

VERSIONS = {"1.2": 0x0303, "1.3": 0x0304}


def build_options(section: configparser.SectionProxy) -> TlsOptions:
    opts = TlsOptions()
    opts.min_version = VERSIONS[section.get("min_version", "1.2")]
    opts.verify_peer = 1
    opts.ca_file = section.get("ca_file", "/etc/ssl/certs/ca-certificates.crt").encode()
    opts.timeout_ms = section.getint("timeout_ms", 15000)
    pin_b64 = section.get("pin_sha256")
    if pin_b64:
        pin = base64.b64decode(pin_b64)
        opts.pin = ctypes.addressof(ctypes.create_string_buffer(pin, len(pin)))  #@vuln
        opts.pin_len = len(pin)
    return opts


class TlsClient:
    def __init__(self, config_path: str, section: str = "tls") -> None:
        parser = configparser.ConfigParser()
        if not parser.read(config_path):
            raise FileNotFoundError(config_path)
        self.options = build_options(parser[section])
        self.handle = _tls.stls_client_new(ctypes.byref(self.options))
        if not self.handle:
            raise RuntimeError("stls_client_new failed")
        log.info("TLS client ready (min %#06x, pinned=%s)", self.options.min_version, bool(self.options.pin))

    def connect(self, host: str, port: int) -> int:
        _tls.stls_connect.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint16]
        fd = _tls.stls_connect(self.handle, host.encode("idna"), port)
        if fd < 0:
            raise ConnectionError(f"TLS connection to {host}:{port} failed ({fd})")
        return fd
