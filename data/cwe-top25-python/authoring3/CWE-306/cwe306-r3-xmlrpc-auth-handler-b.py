# ---
# id: cwe306-r3-xmlrpc-auth-handler-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: xmlrpc
# explanation: XML-RPC backup agent whose request handler checks HTTP basic credentials against the configured agent secret (constant-time) before dispatching any call, and which listens on the management interface only.
# ---
import base64
import hmac
from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler


def make_handler(secret: str):
    class AuthHandler(SimpleXMLRPCRequestHandler):
        rpc_paths = ("/RPC2",)

        def parse_request(self):
            if not super().parse_request():
                return False
            header = self.headers.get("Authorization", "")
            expected = "Basic " + base64.b64encode(("agent:" + secret).encode()).decode()
            if hmac.compare_digest(header, expected):
                return True
            self.send_error(401)
            return False
    return AuthHandler


def run_agent(store, secret, bind="10.0.8.2", port=8765):
    server = SimpleXMLRPCServer((bind, port), requestHandler=make_handler(secret), allow_none=True)
    server.register_function(store.delete_backup, "delete_backup")
    server.serve_forever()
