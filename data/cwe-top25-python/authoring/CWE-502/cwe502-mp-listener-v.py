# ---
# id: cwe502-mp-listener-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-mp-listener-f
# tags: multiprocessing
# explanation: A metrics collector accepts samples through multiprocessing.connection.Listener bound to every interface with no authkey. Connection.recv() unpickles whatever arrives, and without an authkey there is no handshake, so any host on the network can send a pickle that executes code in the collector.
# ---
import threading
from collections import defaultdict
from multiprocessing.connection import Listener

totals = defaultdict(float)
lock = threading.Lock()


def serve_client(conn):
    with conn:
        while True:
            try:
                sample = conn.recv()  #@vuln
            except EOFError:
                return
            with lock:
                totals[sample["metric"]] += float(sample["value"])


def main(port=6001):
    with Listener(("0.0.0.0", port)) as listener:
        while True:
            conn = listener.accept()
            threading.Thread(target=serve_client, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    main()
