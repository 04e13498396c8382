# ---
# id: cwe476-proc-stat-fopen-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-proc-stat-fopen-f
# tags: ctypes, libc
# explanation: A lightweight host agent reads /proc/<pid>/stat through libc fopen and fgets to avoid Python file objects in its hot loop. fopen returns NULL when the process has already exited, and the NULL FILE* is passed straight to fgets, which dereferences it and kills the agent.
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
    line = ctypes.create_string_buffer(1024)
    libc.fgets(line, len(line), fp)  #@vuln
    libc.fclose(fp)
    fields = line.value.rsplit(b")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def sample(pids):
    return {pid: cpu_ticks(pid) for pid in pids}
