# ---
# id: cwe352-r2-flask-cancel-subscription-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-r2-flask-cancel-subscription-v
# tags: flask, flask-wtf, blueprint
# explanation: Cancelling now only answers POST, which the app-wide Flask-WTF CSRFProtect checks for a valid csrf_token from the subscriptions page form. A cross-site link or image cannot trigger it, and a cross-site form post lacks the token and is rejected.
# ---
import logging
from datetime import datetime, timezone

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from .models import Subscription, db
from .payments import gateway

billing = Blueprint("billing", __name__, url_prefix="/billing")
log = logging.getLogger(__name__)


def owned_subscription(sub_id):
    sub = db.session.get(Subscription, sub_id)
    if sub is None or sub.customer_id != current_user.customer_id:
        abort(404)
    return sub


def period_label(sub):
    end = sub.current_period_end
    return end.strftime("%d %b %Y") if end else "the end of the period"


@billing.get("/subscriptions")
@login_required
def list_subscriptions():
    subs = Subscription.query.filter_by(customer_id=current_user.customer_id).all()
    return render_template("billing/subscriptions.html", subscriptions=subs)


@billing.route("/subscriptions/<int:sub_id>/cancel", methods=["POST"])
@login_required
def cancel_subscription(sub_id):
    sub = owned_subscription(sub_id)
    if sub.status == "canceled":
        flash("This subscription is already canceled.", "info")
        return redirect(url_for("billing.list_subscriptions"))
    gateway.cancel_at_period_end(sub.gateway_id)
    sub.status = "canceled"
    sub.canceled_at = datetime.now(timezone.utc)
    db.session.commit()
    log.info("customer %s canceled subscription %s", current_user.customer_id, sub.id)
    flash(f"Canceled. You keep access until {period_label(sub)}.", "success")
    return redirect(url_for("billing.list_subscriptions"))
