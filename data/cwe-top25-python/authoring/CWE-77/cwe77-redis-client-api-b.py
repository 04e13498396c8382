# ---
# id: cwe77-redis-client-api-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: flask, redis
# explanation: A shopping-list service stores items in Redis hashes keyed by the user's list id and item names from the request. redis-py sends each argument as a separate length-prefixed RESP bulk string, so user text can only be a key, field or value; it cannot become a different Redis command.
# ---
import redis
from flask import Flask, jsonify, request, session, abort

app = Flask(__name__)
app.config.from_prefixed_env()
r = redis.Redis(host="localhost", port=6379, db=0, decode_responses=True)


def list_key() -> str:
    if "list_id" not in session:
        abort(401)
    return f"shoplist:{session['list_id']}"


@app.put("/items/<name>")
def set_item(name):
    qty = int(request.json.get("qty", 1))
    r.hset(list_key(), name[:100], qty)
    r.expire(list_key(), 60 * 60 * 24 * 30)
    return jsonify({name: qty})


@app.delete("/items/<name>")
def remove_item(name):
    r.hdel(list_key(), name)
    return "", 204


@app.get("/items")
def all_items():
    return jsonify(r.hgetall(list_key()))
