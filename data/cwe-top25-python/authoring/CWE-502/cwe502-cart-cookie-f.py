# ---
# id: cwe502-cart-cookie-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-cart-cookie-v
# tags: flask, json, base64
# explanation: The cart cookie is now JSON instead of a pickle, decoded with json.loads and reduced to string keys with integer quantities. JSON decoding only produces plain data, so a forged cookie can at most change the cart contents, not execute code.
# ---
import base64
import json

from flask import Flask, request, jsonify, make_response

app = Flask(__name__)


def load_cart():
    raw = request.cookies.get("cart")
    if not raw:
        return {}
    data = json.loads(base64.urlsafe_b64decode(raw))
    return {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else {}


def store_cart(resp, cart):
    resp.set_cookie("cart", base64.urlsafe_b64encode(json.dumps(cart).encode()).decode(), httponly=True, samesite="Lax")
    return resp


@app.post("/cart/<sku>")
def add_to_cart(sku):
    cart = load_cart()
    cart[sku] = cart.get(sku, 0) + int(request.form.get("qty", 1))
    return store_cart(make_response(jsonify(cart)), cart)
