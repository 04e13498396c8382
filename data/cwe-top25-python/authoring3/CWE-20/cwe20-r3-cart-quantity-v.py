# ---
# id: cwe20-r3-cart-quantity-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-r3-cart-quantity-f
# tags: flask, decimal
# explanation: The add-to-cart view converts the posted quantity to int but never checks its range. A negative quantity makes the line total negative, which lowers the order total below the price of the other items, so customers can pay less than they owe.
# ---
from flask import request, session, redirect, url_for


def add_to_cart(product_id):
    product = Product.query.get_or_404(product_id)
    qty = int(request.form.get("quantity", 1))  #@vuln
    cart = session.setdefault("cart", {})
    line = cart.get(str(product.id), {"qty": 0, "unit": str(product.price)})
    line["qty"] += qty
    cart[str(product.id)] = line
    session.modified = True
    return redirect(url_for("cart.view"))
