# ---
# id: cwe416-event-callback-unregister-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes, threading
# explanation: A USB hot-plug watcher stores its CFUNCTYPE callback on the instance, registers it, and in close() unregisters it with the library (which waits for in-flight callbacks) before dropping the reference, so the library never calls a freed thunk.
# ---
import ctypes
import threading

usb = ctypes.CDLL("libhotplug.so")
HOTPLUG_CB = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_char_p)
usb.hp_register.restype = ctypes.c_int
usb.hp_register.argtypes = [HOTPLUG_CB]
usb.hp_unregister.argtypes = [ctypes.c_int]


class HotplugWatcher:
    def __init__(self, on_event):
        self._lock = threading.Lock()
        self._on_event = on_event
        self._callback = HOTPLUG_CB(self._dispatch)
        self._token = usb.hp_register(self._callback)
        if self._token < 0:
            raise OSError("hp_register failed")

    def _dispatch(self, kind, devpath):
        with self._lock:
            self._on_event("attached" if kind == 1 else "detached", devpath.decode())

    def close(self) -> None:
        if self._token >= 0:
            usb.hp_unregister(self._token)
            self._token = -1
            self._callback = None
