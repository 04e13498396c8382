# ---
# id: cwe20-product-review-rating-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-product-review-rating-f
# tags: flask, sqlalchemy
# explanation: Product reviews take a star rating from the form; the HTML widget offers 1 to 5 but the server only converts it to int. Posting rating=1000000 or -1000 lets one account swing a product's average rating arbitrarily, because the server never enforces the 1..5 range.
# ---
from flask import Blueprint, abort, redirect, request, url_for
from flask_login import current_user, login_required

from .db import db
from .models import Product, Review

reviews = Blueprint("reviews", __name__)


def recompute_average(product):
    ratings = [r.rating for r in product.reviews]
    product.avg_rating = round(sum(ratings) / len(ratings), 2) if ratings else None


@reviews.post("/products/<int:product_id>/reviews")
@login_required
def post_review(product_id):
    product = db.session.get(Product, product_id) or abort(404)
    rating = int(request.form.get("rating", "0"))  #@vuln
    body = request.form.get("body", "")[:2000]
    db.session.add(Review(product=product, author=current_user, rating=rating, body=body))
    db.session.flush()
    recompute_average(product)
    db.session.commit()
    return redirect(url_for("shop.product", product_id=product_id))
