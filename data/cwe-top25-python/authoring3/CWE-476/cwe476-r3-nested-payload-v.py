# ---
# id: cwe476-r3-nested-payload-v
# cwe: CWE-476
# vulnerable: true
# twin: none
# tags: fastapi
# explanation: The chat-bot endpoint reads the sender id from the posted JSON through chained dict.get calls. A message without a "from" object yields None and the second .get raises, so any client can crash the request by omitting the field.
# ---
import hmac

from fastapi import Request


async def on_update(request: Request, bot):
    token = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
    if not hmac.compare_digest(token, bot.webhook_secret):
        return {"ok": False}
    update = await request.json()
    message = update.get("message") or update.get("edited_message") or {}
    sender_id = message.get("from").get("id")  #@vuln
    text = message.get("text", "")
    if text.startswith("/"):
        return await bot.run_command(sender_id, text)
    return await bot.reply(sender_id, text)
