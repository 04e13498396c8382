# ---
# id: cwe77-redis-eval-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-redis-eval-v
# tags: flask, redis, lua
# explanation: The Lua script is now constant and the key is passed through EVAL's KEYS array, so the client value is data to the script rather than part of its source. No text from the request can add Redis commands.
# ---
import redis
from flask import Flask, jsonify, request

app = Flask(__name__)
r = redis.Redis(host="localhost", port=6379, db=3)

USAGE_SCRIPT = """
local hits = redis.call('GET', KEYS[1])
local ttl = redis.call('TTL', KEYS[1])
return {hits or '0', ttl}
"""


def usage_for(key: str) -> dict:
    hits, ttl = r.eval(USAGE_SCRIPT, 1, f"ratelimit:{key}")
    return {"hits": int(hits), "ttl": int(ttl)}


@app.get("/ratelimit/usage")
def usage():
    api_key = request.headers.get("X-Api-Key", "")
    return jsonify(usage_for(api_key))
