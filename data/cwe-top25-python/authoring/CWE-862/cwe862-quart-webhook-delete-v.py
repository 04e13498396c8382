# ---
# id: cwe862-quart-webhook-delete-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-quart-webhook-delete-f
# tags: quart, quart-auth, asyncpg
# explanation: The Quart endpoint requires a logged-in user (quart_auth's login_required) and then deletes the webhook subscription with the id from the URL. The DELETE statement is not restricted to the user's own subscriptions, so any user can remove other customers' webhooks and silently stop their integrations.
# ---
from quart import Quart, abort
from quart_auth import QuartAuth, current_user, login_required

app = Quart(__name__)
QuartAuth(app)


@app.delete("/api/webhooks/<int:hook_id>")
@login_required
async def delete_webhook(hook_id: int):
    async with app.db_pool.acquire() as conn:
        deleted = await conn.execute(  #@vuln
            "DELETE FROM webhook_subscriptions WHERE id = $1", hook_id  #@vuln
        )  #@vuln
    if deleted == "DELETE 0":
        abort(404)
    app.logger.info("user %s deleted webhook %s", current_user.auth_id, hook_id)
    return "", 204
