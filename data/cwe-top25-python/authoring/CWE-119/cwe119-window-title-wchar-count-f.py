# ---
# id: cwe119-window-title-wchar-count-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-window-title-wchar-count-v
# tags: ctypes, windows
# explanation: GetWindowTextW now receives len(buf), the number of wide characters the buffer holds, which is the unit the API expects, so it truncates long titles inside the buffer.
# ---
"""Helpers for enumerating top-level windows."""

import ctypes
from ctypes import wintypes

user32 = ctypes.windll.user32
EnumWindowsProc = ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)


def window_title(hwnd) -> str:
    length = user32.GetWindowTextLengthW(hwnd)
    buf = ctypes.create_unicode_buffer(min(length, 255) + 1)
    user32.GetWindowTextW(hwnd, buf, len(buf))
    return buf.value


def visible_windows():
    titles = []

    def collect(hwnd, _):
        if user32.IsWindowVisible(hwnd):
            title = window_title(hwnd)
            if title:
                titles.append((hwnd, title))
        return True

    user32.EnumWindows(EnumWindowsProc(collect), 0)
    return titles
