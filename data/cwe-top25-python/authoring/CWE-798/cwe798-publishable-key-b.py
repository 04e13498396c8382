# ---
# id: cwe798-publishable-key-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: flask, stripe
# explanation: The checkout page embeds a Stripe publishable key (pk_live_...) as a constant and sends it to the browser. Publishable keys are designed to be public and can only create tokens client-side; the secret key used for charges is read from the environment, so no credential is hard-coded.
# ---
import os

import stripe
from flask import Flask, jsonify, render_template
from flask_login import current_user, login_required

app = Flask(__name__)
STRIPE_PUBLISHABLE_KEY = "pk_live_51Hc9xQKb7RzT2mVwZ4uQeYxA0bC1dE2fG3hI4jK5"
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]


@app.get("/checkout")
@login_required
def checkout_page():
    return render_template("checkout.html", stripe_key=STRIPE_PUBLISHABLE_KEY)


@app.post("/checkout/intent")
@login_required
def create_intent():
    intent = stripe.PaymentIntent.create(
        amount=current_user.cart_total_cents,
        currency="eur",
        metadata={"user_id": str(current_user.id)},
    )
    return jsonify(client_secret=intent.client_secret)
