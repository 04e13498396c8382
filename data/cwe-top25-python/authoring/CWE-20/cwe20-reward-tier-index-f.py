# ---
# id: cwe20-reward-tier-index-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-reward-tier-index-v
# tags: flask
# explanation: The tier index is now required to satisfy 0 <= index < len(BASIC_TIERS), so negative indexes no longer wrap around to the premium end of the list. Only the tiers offered to basic members can be claimed.
# ---
from flask import Flask, flash, redirect, request, url_for
from flask_login import current_user, login_required

from .rewards import BASIC_TIERS, grant_reward

app = Flask(__name__)


def pick_tier(raw_index: str):
    index = int(raw_index)
    if not 0 <= index < len(BASIC_TIERS):
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
