# ---
# id: cwe416-modem-join-before-destroy-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes, threading
# explanation: A GPS-puck driver has a reader thread that uses the native handle; close() signals the thread with an Event, joins it, and only then calls puck_destroy and clears the handle, so no thread can use the handle after it has been destroyed.
# ---
import ctypes
import threading

puck = ctypes.CDLL("libgpspuck.so")
puck.puck_open.restype = ctypes.c_void_p
puck.puck_read_nmea.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
puck.puck_destroy.argtypes = [ctypes.c_void_p]


class Puck:
    def __init__(self, port: str, on_sentence):
        self.handle = puck.puck_open(port.encode())
        if not self.handle:
            raise OSError(f"cannot open {port}")
        self.on_sentence = on_sentence
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="puck-reader")
        self._thread.start()

    def _loop(self):
        buf = ctypes.create_string_buffer(256)
        while not self._stop.is_set():
            n = puck.puck_read_nmea(self.handle, buf, len(buf), 200)
            if n > 0:
                self.on_sentence(buf.raw[:n].decode("ascii", "replace"))

    def close(self):
        self._stop.set()
        self._thread.join()
        if self.handle:
            puck.puck_destroy(self.handle)
            self.handle = None
