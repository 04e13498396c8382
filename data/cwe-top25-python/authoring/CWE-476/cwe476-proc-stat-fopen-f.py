# ---
# id: cwe476-proc-stat-fopen-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-proc-stat-fopen-v
# tags: ctypes, libc
# explanation: cpu_ticks() now returns None when fopen fails (the process has exited) instead of passing a NULL FILE* to fgets, and sample() skips those processes.
# ---
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.fgets.restype = ctypes.c_char_p
libc.fgets.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
libc.fclose.argtypes = [ctypes.c_void_p]


def cpu_ticks(pid: int) -> int:
    fp = libc.fopen(f"/proc/{pid}/stat".encode(), b"r")
    if not fp:
        return None
    line = ctypes.create_string_buffer(1024)
    libc.fgets(line, len(line), fp)
    libc.fclose(fp)
    fields = line.value.rsplit(b")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def sample(pids):
    ticks = {pid: cpu_ticks(pid) for pid in pids}
    return {pid: t for pid, t in ticks.items() if t is not None}
