# ---
# id: cwe125-cffi-version-string-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: cffi
# explanation: A compatibility check reads a fixed-size char array from a C library's info struct using ffi.string(info.version, maxlen) and ffi.buffer with sizeof, so even if the array is not NUL-terminated the read stops at the end of the field.
# ---
from cffi import FFI

ffi = FFI()
ffi.cdef(
    """
    typedef struct { char version[16]; char build[32]; unsigned int abi; } codec_info_t;
    int codec_get_info(codec_info_t *out);
    """
)
codec = ffi.dlopen("libvcodec.so")
REQUIRED_ABI = 7


def codec_info() -> dict:
    info = ffi.new("codec_info_t *")
    if codec.codec_get_info(info) != 0:
        raise RuntimeError("codec_get_info failed")
    version = ffi.string(info.version, 16).decode("ascii", "replace")
    build = bytes(ffi.buffer(info.build, ffi.sizeof(info.build))).split(b"\0", 1)[0]
    return {"version": version, "build": build.decode("ascii", "replace"), "abi": info.abi}


def check_codec():
    info = codec_info()
    if info["abi"] != REQUIRED_ABI:
        raise SystemExit(f"codec ABI {info['abi']} != {REQUIRED_ABI} (version {info['version']})")
    return info
