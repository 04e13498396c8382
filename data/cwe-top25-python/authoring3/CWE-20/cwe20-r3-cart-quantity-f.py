# ---
# id: cwe20-r3-cart-quantity-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-r3-cart-quantity-v
# tags: flask, decimal
# explanation: The quantity is now required to be between 1 and 99 before it is added, so a customer can no longer put negative or absurd quantities into the cart to change the order total.
# ---
from flask import abort, request, session, redirect, url_for


def add_to_cart(product_id):
    product = Product.query.get_or_404(product_id)
    qty = int(request.form.get("quantity", 1))
    if not 1 <= qty <= 99:
        abort(400)
    cart = session.setdefault("cart", {})
    line = cart.get(str(product.id), {"qty": 0, "unit": str(product.price)})
    line["qty"] += qty
    cart[str(product.id)] = line
    session.modified = True
    return redirect(url_for("cart.view"))
