# ---
# id: cwe787-r2-ethtool-ioctl-buffer-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: fcntl, struct, ctypes, socket
# explanation: A host-inventory agent queries NIC link settings with the SIOCETHTOOL ioctl. The kernel writes into a bytearray whose size is taken from the struct layout of the request, and the ifreq holds a pointer to that buffer made with ctypes from_buffer; interface names are encoded and truncated to IFNAMSIZ-1 with struct padding, so every write lands inside buffers of the right size.
# ---
"""Link-speed probe for the inventory agent (Linux only)."""

import ctypes
import fcntl
import logging
import os
import socket
import struct

log = logging.getLogger("inventory.nic")

SIOCETHTOOL = 0x8946
ETHTOOL_GSET = 0x00000001
IFNAMSIZ = 16
ETHTOOL_CMD = struct.Struct("=IIIHBBBBBBIIHBBIII")
DUPLEX = {0: "half", 1: "full", 0xFF: "unknown"}


def interfaces() -> list[str]:
    return sorted(name for name in os.listdir("/sys/class/net") if name != "lo")


def link_settings(sock: socket.socket, ifname: str) -> dict:
    cmd = bytearray(ETHTOOL_CMD.size)
    struct.pack_into("=I", cmd, 0, ETHTOOL_GSET)
    cmd_ptr = ctypes.addressof(ctypes.c_char.from_buffer(cmd))
    name = ifname.encode("ascii")[: IFNAMSIZ - 1]
    ifreq = struct.pack(f"={IFNAMSIZ}sP", name, cmd_ptr)
    fcntl.ioctl(sock.fileno(), SIOCETHTOOL, ifreq)
    fields = ETHTOOL_CMD.unpack(bytes(cmd))
    speed = fields[3] | (fields[12] << 16)
    return {
        "interface": ifname,
        "speed_mbps": None if speed in (0, 0xFFFF, 0xFFFFFFFF) else speed,
        "duplex": DUPLEX.get(fields[4], "unknown"),
        "autoneg": bool(fields[8]),
    }


def collect() -> list[dict]:
    results = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for ifname in interfaces():
            try:
                results.append(link_settings(sock, ifname))
            except OSError as exc:
                log.debug("%s: ethtool query failed: %s", ifname, exc)
                results.append({"interface": ifname, "speed_mbps": None, "duplex": "unknown", "autoneg": False})
    return results


if __name__ == "__main__":
    for row in collect():
        print("{interface:<12} {speed_mbps!s:>6} Mb/s  {duplex:<8} autoneg={autoneg}".format(**row))
