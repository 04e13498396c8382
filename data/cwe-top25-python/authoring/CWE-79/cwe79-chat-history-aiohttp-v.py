# ---
# id: cwe79-chat-history-aiohttp-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-chat-history-aiohttp-f
# tags: aiohttp, asyncpg
# explanation: An aiohttp support-chat service renders the transcript of a conversation as an HTML page for agents. Customer messages and nicknames come straight from the chat widget and are concatenated into the markup without escaping, so a customer can run script in the support agent's session.
# ---
from aiohttp import web

routes = web.RouteTableDef()


def render_line(row) -> str:
    ts = row["sent_at"].strftime("%H:%M")
    return f'<tr><td>{ts}</td><td>{row["nickname"]}</td><td>{row["message"]}</td></tr>'  #@vuln


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
