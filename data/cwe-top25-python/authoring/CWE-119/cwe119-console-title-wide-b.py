# ---
# id: cwe119-console-title-wide-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes, windows
# explanation: A Windows CLI reads and restores the console title with GetConsoleTitleW, passing len(buf) (the number of wide characters the buffer holds) as the size, which is the unit the API documents; the buffer and the size argument agree.
# ---
import contextlib
import ctypes

kernel32 = ctypes.windll.kernel32
TITLE_CHARS = 1024


def console_title() -> str:
    buf = ctypes.create_unicode_buffer(TITLE_CHARS)
    kernel32.GetConsoleTitleW(buf, len(buf))
    return buf.value


@contextlib.contextmanager
def titled(text: str):
    old = console_title()
    kernel32.SetConsoleTitleW(text)
    try:
        yield
    finally:
        kernel32.SetConsoleTitleW(old)


def run_job(name, job):
    with titled(f"[running] {name}"):
        return job()
