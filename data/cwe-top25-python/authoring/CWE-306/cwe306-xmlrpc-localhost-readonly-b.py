# ---
# id: cwe306-xmlrpc-localhost-readonly-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: xmlrpc, shutil, os
# explanation: This XML-RPC agent has no authentication, but it only exposes read-only disk and load statistics and binds to 127.0.0.1 for the local monitoring daemon; it offers no function that changes state, so no critical function is reachable.
# ---
import os
import shutil
from xmlrpc.server import SimpleXMLRPCServer


def disk_usage(mount="/"):
    if mount not in ("/", "/var", "/srv"):
        raise ValueError("unsupported mount")
    total, used, free = shutil.disk_usage(mount)
    return {"total": total, "used": used, "free": free}


def load_average():
    one, five, fifteen = os.getloadavg()
    return {"1m": one, "5m": five, "15m": fifteen}


if __name__ == "__main__":
    with SimpleXMLRPCServer(("127.0.0.1", 9124), logRequests=False) as server:
        server.register_function(disk_usage)
        server.register_function(load_average)
        server.serve_forever()
