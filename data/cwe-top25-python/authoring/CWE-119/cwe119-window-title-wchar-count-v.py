# ---
# id: cwe119-window-title-wchar-count-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-window-title-wchar-count-f
# tags: ctypes, windows
# explanation: A Windows automation tool reads window titles with GetWindowTextW, whose third argument is a count of wide characters. It passes ctypes.sizeof(buf), a size in bytes (twice the character count), so the API believes the buffer is twice as large as it is and long titles are written past its end.
# ---
"""Helpers for enumerating top-level windows."""

import ctypes
from ctypes import wintypes

user32 = ctypes.windll.user32
EnumWindowsProc = ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)


def window_title(hwnd) -> str:
    length = user32.GetWindowTextLengthW(hwnd)
    buf = ctypes.create_unicode_buffer(min(length, 255) + 1)
    user32.GetWindowTextW(hwnd, buf, ctypes.sizeof(buf))  #@vuln
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
