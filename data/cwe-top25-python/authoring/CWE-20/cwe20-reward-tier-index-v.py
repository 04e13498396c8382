# ---
# id: cwe20-reward-tier-index-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-reward-tier-index-f
# tags: flask
# explanation: Members pick a reward tier by its position in a list; the index comes from the form and is only checked against the upper end. Python accepts negative indexes, so tier=-1 selects the last and most expensive tier, which a basic member is not entitled to claim.
# ---
from flask import Flask, flash, redirect, request, url_for
from flask_login import current_user, login_required

from .rewards import BASIC_TIERS, grant_reward

app = Flask(__name__)


def pick_tier(raw_index: str):
    index = int(raw_index)
    if index >= len(BASIC_TIERS):  #@vuln
        raise ValueError("no such tier")
    return BASIC_TIERS[index]


@app.post("/rewards/claim")
@login_required
def claim():
    try:
        tier = pick_tier(request.form.get("tier", ""))
    except ValueError:
        flash("Please choose a valid reward.")
        return redirect(url_for("rewards"))
    grant_reward(current_user, tier)
    flash(f"{tier.name} claimed!")
    return redirect(url_for("rewards"))
