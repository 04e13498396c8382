# ---
# id: cwe416-r3-keepalive-args-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: The argv array passed to the native launcher points at string buffers that are kept in a list on the launcher object together with the array, so every pointer the C side holds stays valid until the launcher is discarded.
# ---
import ctypes


class NativeLauncher:
    def __init__(self, lib, args):
        self._lib = lib
        self._bufs = [ctypes.create_string_buffer(a.encode()) for a in args]
        self._argv = (ctypes.c_char_p * (len(args) + 1))()
        for i, b in enumerate(self._bufs):
            self._argv[i] = ctypes.cast(b, ctypes.c_char_p)
        self._argv[len(args)] = None

    def run(self) -> int:
        return self._lib.launcher_run(len(self._bufs), self._argv)
