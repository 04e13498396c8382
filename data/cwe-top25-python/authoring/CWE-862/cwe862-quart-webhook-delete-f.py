# ---
# id: cwe862-quart-webhook-delete-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-quart-webhook-delete-v
# tags: quart, quart-auth, asyncpg
# explanation: The DELETE statement now also requires owner_id to equal the authenticated user's id, so a request for someone else's subscription deletes nothing and returns 404.
# ---
from quart import Quart, abort
from quart_auth import QuartAuth, current_user, login_required

app = Quart(__name__)
QuartAuth(app)


@app.delete("/api/webhooks/<int:hook_id>")
@login_required
async def delete_webhook(hook_id: int):
    async with app.db_pool.acquire() as conn:
        deleted = await conn.execute(
            "DELETE FROM webhook_subscriptions WHERE id = $1 AND owner_id = $2", hook_id, int(current_user.auth_id)
        )
    if deleted == "DELETE 0":
        abort(404)
    app.logger.info("user %s deleted webhook %s", current_user.auth_id, hook_id)
    return "", 204
