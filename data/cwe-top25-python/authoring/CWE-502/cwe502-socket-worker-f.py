# ---
# id: cwe502-socket-worker-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-socket-worker-v
# tags: socketserver, json, struct
# explanation: The worker protocol now encodes frames as JSON and decodes them with json.loads. A frame from the network can only produce dicts, lists, strings and numbers, so a peer cannot make the worker construct objects or call functions while decoding.
# ---
import json
import socketserver
import struct


def read_frame(rfile):
    header = rfile.read(4)
    if len(header) < 4:
        return None
    (length,) = struct.unpack("!I", header)
    if length > 16 * 1024 * 1024:
        raise ValueError("frame too large")
    return rfile.read(length)


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        while (frame := read_frame(self.rfile)) is not None:
            job = json.loads(frame)
            result = self.server.dispatch(job["kind"], job.get("args", {}))
            payload = json.dumps({"id": job.get("id"), "result": result}).encode()
            self.wfile.write(struct.pack("!I", len(payload)) + payload)


class JobServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

    def __init__(self, addr, handlers):
        super().__init__(addr, JobHandler)
        self.handlers = handlers

    def dispatch(self, kind, args):
        return self.handlers[kind](**args)


if __name__ == "__main__":
    JobServer(("0.0.0.0", 7070), {"resize": lambda **kw: kw}).serve_forever()
