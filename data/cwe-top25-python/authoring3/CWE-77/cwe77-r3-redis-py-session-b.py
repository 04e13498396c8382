# ---
# id: cwe77-r3-redis-py-session-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: redis
# explanation: Stores sessions in Redis with redis-py using a key derived from the session cookie. redis-py always sends commands as RESP with length-prefixed arguments, so CR/LF or spaces in the key stay part of the key and cannot form another command.
# ---
import redis

_pool = redis.ConnectionPool.from_url("redis://localhost:6379/0")


def cache_session(session_id: str, payload: bytes, ttl: int = 3600) -> None:
    r = redis.Redis(connection_pool=_pool)
    r.set(f"sess:{session_id}", payload, ex=ttl)


def load_session(session_id: str):
    return redis.Redis(connection_pool=_pool).get(f"sess:{session_id}")
