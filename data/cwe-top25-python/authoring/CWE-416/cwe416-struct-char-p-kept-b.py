# ---
# id: cwe416-struct-char-p-kept-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: A camera SDK binding fills a settings Structure whose name and profile fields are c_char_p and assigns Python bytes to them. ctypes keeps a reference to each assigned bytes object inside the structure (in its _objects), so the strings live as long as the structure, which the object keeps for the whole session.
# ---
import ctypes

cam = ctypes.CDLL("libcamsdk.so")


class Settings(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("profile", ctypes.c_char_p),
        ("fps", ctypes.c_int),
        ("exposure_us", ctypes.c_int),
    ]


cam.cam_open.restype = ctypes.c_void_p
cam.cam_open.argtypes = [ctypes.POINTER(Settings)]
cam.cam_close.argtypes = [ctypes.c_void_p]


class Camera:
    def __init__(self, name: str, profile: str = "default", fps: int = 30, exposure_us: int = 8000):
        self.settings = Settings()
        self.settings.name = name.encode()
        self.settings.profile = profile.encode()
        self.settings.fps = fps
        self.settings.exposure_us = exposure_us
        self.handle = cam.cam_open(ctypes.byref(self.settings))
        if not self.handle:
            raise OSError(f"camera {name} not available")

    def close(self) -> None:
        if self.handle:
            cam.cam_close(self.handle)
            self.handle = None
