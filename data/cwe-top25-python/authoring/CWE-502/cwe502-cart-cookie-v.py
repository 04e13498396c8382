# ---
# id: cwe502-cart-cookie-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-cart-cookie-f
# tags: flask, pickle, base64
# explanation: A shop keeps the shopping cart in a cookie as a base64-encoded pickle and restores it with pickle.loads on every request. The cookie is fully client-controlled, so a crafted pickle with a __reduce__ payload runs arbitrary code on the server when it is unpickled.
# ---
import base64
import pickle

from flask import Flask, request, jsonify, make_response

app = Flask(__name__)


def load_cart():
    raw = request.cookies.get("cart")
    if not raw:
        return {}
    return pickle.loads(base64.urlsafe_b64decode(raw))  #@vuln


def store_cart(resp, cart):
    resp.set_cookie("cart", base64.urlsafe_b64encode(pickle.dumps(cart)).decode(), httponly=True, samesite="Lax")
    return resp


@app.post("/cart/<sku>")
def add_to_cart(sku):
    cart = load_cart()
    cart[sku] = cart.get(sku, 0) + int(request.form.get("qty", 1))
    return store_cart(make_response(jsonify(cart)), cart)
