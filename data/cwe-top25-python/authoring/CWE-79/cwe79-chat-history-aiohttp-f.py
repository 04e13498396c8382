# ---
# id: cwe79-chat-history-aiohttp-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-chat-history-aiohttp-v
# tags: aiohttp, asyncpg
# explanation: The transcript renderer now escapes the customer-supplied nickname and message with html.escape before building each table row, so the agent's page shows chat text literally and customer input cannot introduce markup.
# ---
import html

from aiohttp import web

routes = web.RouteTableDef()


def render_line(row) -> str:
    ts = row["sent_at"].strftime("%H:%M")
    nick = html.escape(row["nickname"])
    msg = html.escape(row["message"])
    return f"<tr><td>{ts}</td><td>{nick}</td><td>{msg}</td></tr>"


@routes.get("/agent/transcripts/{conv_id}")
async def transcript(request: web.Request) -> web.Response:
    conv_id = int(request.match_info["conv_id"])
    pool = request.app["pg"]
    async with pool.acquire() as conn:
        rows = await conn.fetch(
            "SELECT sent_at, nickname, message FROM chat_messages "
            "WHERE conversation_id = $1 ORDER BY sent_at",
            conv_id,
        )
    body = "<table class='transcript'>" + "".join(render_line(r) for r in rows) + "</table>"
    return web.Response(text=body, content_type="text/html")
