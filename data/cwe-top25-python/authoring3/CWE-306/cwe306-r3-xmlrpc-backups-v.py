# ---
# id: cwe306-r3-xmlrpc-backups-v
# cwe: CWE-306
# vulnerable: true
# twin: none
# tags: xmlrpc
# explanation: Backup agent exposing an XML-RPC API on all interfaces. Functions that delete and restore backups are registered on a plain SimpleXMLRPCServer with no authentication, so any host that can reach the port can wipe or restore data.
# ---
from xmlrpc.server import SimpleXMLRPCServer


def run_agent(store, port=8765):
    server = SimpleXMLRPCServer(("0.0.0.0", port), allow_none=True, logRequests=False)
    server.register_function(store.list_backups, "list_backups")
    server.register_function(store.delete_backup, "delete_backup")  #@vuln
    server.register_function(store.restore_backup, "restore_backup")
    server.serve_forever()
