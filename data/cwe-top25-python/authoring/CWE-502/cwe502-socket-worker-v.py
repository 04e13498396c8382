# ---
# id: cwe502-socket-worker-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-socket-worker-f
# tags: socketserver, pickle, struct
# explanation: A job worker listens on all interfaces and reads length-prefixed messages that it decodes with pickle.loads. Any host that can reach the port can send a pickle whose __reduce__ runs a command, so the network protocol itself gives remote code execution.
# ---
import pickle
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
            job = pickle.loads(frame)  #@vuln
            result = self.server.dispatch(job["kind"], job.get("args", {}))
            payload = pickle.dumps({"id": job.get("id"), "result": result})
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
