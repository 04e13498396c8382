# ---
# id: cwe20-cart-quantity-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-cart-quantity-v
# tags: flask
# explanation: The cart endpoint now requires the quantity to be between 1 and 99 and also bounds the resulting line quantity, so no cart line can become zero or negative and the total cannot be driven below the real price of the goods.
# ---
"""Shopping-cart endpoints."""

from flask import Blueprint, jsonify, request, session

from .catalog import get_product
from .carts import load_cart, save_cart

cart_bp = Blueprint("cart", __name__)
MAX_PER_LINE = 99


@cart_bp.post("/cart/items")
def add_item():
    data = request.get_json(force=True)
    product = get_product(data.get("product_id"))
    if product is None:
        return jsonify(error="unknown product"), 404
    try:
        quantity = int(data.get("quantity", 1))
    except (TypeError, ValueError):
        return jsonify(error="quantity must be an integer"), 400
    cart = load_cart(session["cart_id"])
    new_quantity = cart.lines.get(product.id, 0) + quantity
    if not 1 <= quantity <= MAX_PER_LINE or new_quantity > MAX_PER_LINE:
        return jsonify(error=f"quantity must be between 1 and {MAX_PER_LINE}"), 400
    cart.lines[product.id] = new_quantity
    cart.total_cents = sum(get_product(pid).price_cents * q for pid, q in cart.lines.items())
    save_cart(cart)
    return jsonify(lines=cart.lines, total_cents=cart.total_cents)
