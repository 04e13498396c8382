# ---
# id: cwe787-r3-ctypes-array-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: The channel levels are stored in a ctypes array type (not a raw pointer), whose item assignment is bounds-checked and raises IndexError; the channel number from the control message is also validated, so no native write can land outside the array.
# ---
import ctypes

NUM_CHANNELS = 16
Levels = ctypes.c_int16 * NUM_CHANNELS


class Mixer:
    def __init__(self, lib):
        self._lib = lib
        self.levels = Levels()

    def set_level(self, channel: int, level: int) -> None:
        if not 0 <= channel < NUM_CHANNELS:
            raise ValueError(f"no channel {channel}")
        self.levels[channel] = max(-32768, min(32767, level))
        self._lib.mixer_apply(self.levels, NUM_CHANNELS)
