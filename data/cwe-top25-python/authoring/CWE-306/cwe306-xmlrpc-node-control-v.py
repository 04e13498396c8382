# ---
# id: cwe306-xmlrpc-node-control-v
# cwe: CWE-306
# vulnerable: true
# twin: none
# tags: xmlrpc, subprocess
# explanation: A cluster agent exposes an XML-RPC server on all interfaces with functions to drain a node, change its scheduler weight and power it off. SimpleXMLRPCServer has no authentication and none is added, so any host on the network can shut down the cluster.
# ---
import subprocess
from xmlrpc.server import SimpleXMLRPCRequestHandler, SimpleXMLRPCServer

STATE = {"weight": 100, "draining": False}


def drain():
    STATE["draining"] = True
    return STATE


def set_weight(weight):
    STATE["weight"] = max(0, min(int(weight), 100))
    return STATE


def power_off(delay_minutes=1):
    subprocess.run(["shutdown", "-h", f"+{int(delay_minutes)}"], check=True)
    return True


class Handler(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/RPC2",)


if __name__ == "__main__":
    server = SimpleXMLRPCServer(("0.0.0.0", 9123), requestHandler=Handler, allow_none=True)  #@vuln
    server.register_function(drain)
    server.register_function(set_weight)
    server.register_function(power_off)  #@vuln
    server.serve_forever()
