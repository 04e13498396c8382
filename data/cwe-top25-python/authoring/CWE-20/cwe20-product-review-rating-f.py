# ---
# id: cwe20-product-review-rating-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-product-review-rating-v
# tags: flask, sqlalchemy
# explanation: The handler now rejects ratings that are not integers between 1 and 5 with a 400, so one review can only contribute a value in the same range as the star widget.
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
    try:
        rating = int(request.form.get("rating", "0"))
    except ValueError:
        abort(400)
    if not 1 <= rating <= 5:
        abort(400)
    body = request.form.get("body", "")[:2000]
    db.session.add(Review(product=product, author=current_user, rating=rating, body=body))
    db.session.flush()
    recompute_average(product)
    db.session.commit()
    return redirect(url_for("shop.product", product_id=product_id))
