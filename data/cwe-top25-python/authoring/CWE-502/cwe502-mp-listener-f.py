# ---
# id: cwe502-mp-listener-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-mp-listener-v
# tags: multiprocessing
# explanation: The Listener now requires an authkey taken from the environment; multiprocessing performs an HMAC challenge-response before any data is exchanged, so only clients holding the shared key can send objects to be unpickled.
# ---
import os
import threading
from collections import defaultdict
from multiprocessing.connection import Listener

totals = defaultdict(float)
lock = threading.Lock()


def serve_client(conn):
    with conn:
        while True:
            try:
                sample = conn.recv()
            except EOFError:
                return
            with lock:
                totals[sample["metric"]] += float(sample["value"])


def main(port=6001):
    with Listener(("0.0.0.0", port), authkey=os.environ["METRICS_AUTHKEY"].encode()) as listener:
        while True:
            conn = listener.accept()
            threading.Thread(target=serve_client, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    main()
