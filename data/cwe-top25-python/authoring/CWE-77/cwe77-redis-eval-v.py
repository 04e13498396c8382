# ---
# id: cwe77-redis-eval-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-redis-eval-f
# tags: flask, redis, lua
# explanation: A rate-limit inspector builds a Lua script for Redis EVAL by formatting the client-supplied key into the script text. A key containing "') redis.call('FLUSHALL') --" changes the Lua program, letting the caller run arbitrary Redis commands inside the server.
# ---
import redis
from flask import Flask, jsonify, request

app = Flask(__name__)
r = redis.Redis(host="localhost", port=6379, db=3)


def usage_for(key: str) -> dict:
    script = f"""
    local hits = redis.call('GET', 'ratelimit:{key}')
    local ttl = redis.call('TTL', 'ratelimit:{key}')
    return {{hits or '0', ttl}}
    """
    hits, ttl = r.eval(script, 0)  #@vuln
    return {"hits": int(hits), "ttl": int(ttl)}


@app.get("/ratelimit/usage")
def usage():
    api_key = request.headers.get("X-Api-Key", "")
    return jsonify(usage_for(api_key))
