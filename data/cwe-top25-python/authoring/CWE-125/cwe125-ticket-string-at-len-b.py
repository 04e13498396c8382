# ---
# id: cwe125-ticket-string-at-len-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: A VPN helper reads the session token a C library produced. It calls string_at with the length field of the struct the library filled in for its own allocation, and additionally caps it at the documented maximum; the caller never chooses the length, so the read covers exactly the library's buffer.
# ---
import ctypes

vpn = ctypes.CDLL("libvpnauth.so")


class Token(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("len", ctypes.c_size_t), ("expires", ctypes.c_int64)]


vpn.vpn_issue_token.restype = ctypes.c_int
vpn.vpn_issue_token.argtypes = [ctypes.c_char_p, ctypes.POINTER(Token)]
vpn.vpn_token_free.argtypes = [ctypes.POINTER(Token)]
TOKEN_MAX = 512


def issue_token(username: str) -> tuple:
    tok = Token()
    rc = vpn.vpn_issue_token(username.encode(), ctypes.byref(tok))
    if rc != 0 or not tok.data or tok.len > TOKEN_MAX:
        raise RuntimeError(f"vpn_issue_token failed with {rc}")
    try:
        return ctypes.string_at(tok.data, tok.len), tok.expires
    finally:
        vpn.vpn_token_free(ctypes.byref(tok))
