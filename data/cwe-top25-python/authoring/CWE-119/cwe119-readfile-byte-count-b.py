# ---
# id: cwe119-readfile-byte-count-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes, windows
# explanation: A Windows named-pipe client reads replies with kernel32.ReadFile into a ctypes buffer, passing len(buf) as nNumberOfBytesToRead; ReadFile counts in bytes and buf is a byte buffer, so the size argument and the buffer agree, and only the reported number of bytes read is used.
# ---
import ctypes
from ctypes import wintypes

kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
kernel32.CreateFileW.restype = wintypes.HANDLE
kernel32.ReadFile.argtypes = [wintypes.HANDLE, ctypes.c_void_p, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD), ctypes.c_void_p]
kernel32.WriteFile.argtypes = [wintypes.HANDLE, ctypes.c_void_p, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD), ctypes.c_void_p]
GENERIC_READ_WRITE = 0xC0000000
OPEN_EXISTING = 3
INVALID_HANDLE_VALUE = wintypes.HANDLE(-1).value


def transact(pipe_name: str, request: bytes) -> bytes:
    handle = kernel32.CreateFileW(pipe_name, GENERIC_READ_WRITE, 0, None, OPEN_EXISTING, 0, None)
    if handle == INVALID_HANDLE_VALUE:
        raise ctypes.WinError(ctypes.get_last_error())
    try:
        written = wintypes.DWORD()
        kernel32.WriteFile(handle, request, len(request), ctypes.byref(written), None)
        buf = ctypes.create_string_buffer(4096)
        got = wintypes.DWORD()
        if not kernel32.ReadFile(handle, buf, len(buf), ctypes.byref(got), None):
            raise ctypes.WinError(ctypes.get_last_error())
        return buf.raw[: got.value]
    finally:
        kernel32.CloseHandle(handle)
