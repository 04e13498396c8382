# ---
# id: cwe400-r3-lru-lookup-cache-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: functools, dns
# explanation: Reverse DNS lookups for client addresses are memoized with functools.lru_cache(maxsize=4096), so the cache cannot grow without bound no matter how many distinct addresses connect.
# ---
import functools
import socket


@functools.lru_cache(maxsize=4096)
def reverse_name(ip):
    try:
        return socket.gethostbyaddr(ip)[0]
    except (socket.herror, socket.gaierror):
        return None


def annotate(entry):
    entry["host"] = reverse_name(entry["remote_addr"]) or entry["remote_addr"]
    return entry
