# ---
# id: cwe20-cart-quantity-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-cart-quantity-f
# tags: flask
# explanation: The cart endpoint accepts a quantity from the JSON body and only checks that it is an integer. A negative quantity is stored as a cart line, so the order total drops below the price of the other items and can go negative, turning a purchase into a credit.
# ---
"""Shopping-cart endpoints."""

from flask import Blueprint, jsonify, request, session

from .catalog import get_product
from .carts import load_cart, save_cart

cart_bp = Blueprint("cart", __name__)


@cart_bp.post("/cart/items")
def add_item():
    data = request.get_json(force=True)
    product = get_product(data.get("product_id"))
    if product is None:
        return jsonify(error="unknown product"), 404
    try:
        quantity = int(data.get("quantity", 1))  #@vuln
    except (TypeError, ValueError):
        return jsonify(error="quantity must be an integer"), 400
    cart = load_cart(session["cart_id"])
    cart.lines[product.id] = cart.lines.get(product.id, 0) + quantity
    cart.total_cents = sum(get_product(pid).price_cents * q for pid, q in cart.lines.items())
    save_cart(cart)
    return jsonify(lines=cart.lines, total_cents=cart.total_cents)
