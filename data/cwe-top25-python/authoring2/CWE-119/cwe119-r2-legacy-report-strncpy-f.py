# ---
# id: cwe119-r2-legacy-report-strncpy-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-r2-legacy-report-strncpy-v
# tags: paramiko, ctypes, libc
# explanation: strncpy is now bounded by the size of the destination field minus one, taken from the ctypes field descriptor, so long remote strings are truncated and the record's zero-initialized last byte keeps each field terminated.
# ---
"""Nightly host inventory, exported through the legacy reporting library."""

import ctypes
import ctypes.util
import logging

import paramiko

log = logging.getLogger("inventory.hosts")

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.strncpy.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
libc.strncpy.restype = ctypes.c_void_p


class HostRecord(ctypes.Structure):
    _fields_ = [("hostname", ctypes.c_char * 64), ("kernel", ctypes.c_char * 64), ("uptime_s", ctypes.c_uint64)]


_report = ctypes.CDLL("libinvreport.so")
_report.inv_add_host.argtypes = [ctypes.POINTER(HostRecord)]


def run(client: paramiko.SSHClient, command: str) -> str:
    _stdin, stdout, _stderr = client.exec_command(command, timeout=15)
    return stdout.read().decode("utf-8", "replace").strip()


def put_text(record: HostRecord, field: str, text: str) -> None:
    raw = text.encode("utf-8")
    dest = ctypes.addressof(record) + getattr(HostRecord, field).offset
    size = getattr(HostRecord, field).size
    libc.strncpy(dest, raw, size - 1)


def collect(address: str, username: str, key_path: str) -> HostRecord:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(address, username=username, key_filename=key_path, timeout=10)
    try:
        record = HostRecord()
        put_text(record, "hostname", run(client, "hostname -f"))
        put_text(record, "kernel", run(client, "uname -r"))
        record.uptime_s = int(float(run(client, "cut -d' ' -f1 /proc/uptime") or 0))
        return record
    finally:
        client.close()


def export(addresses: list[str], username: str, key_path: str) -> int:
    done = 0
    for address in addresses:
        try:
            record = collect(address, username, key_path)
        except (paramiko.SSHException, OSError, ValueError) as exc:
            log.warning("%s: %s", address, exc)
            continue
        _report.inv_add_host(ctypes.byref(record))
        done += 1
    return done
