# ---
# id: cwe79-sanic-html-response-v
# cwe: CWE-79
# vulnerable: true
# twin: none
# tags: sanic
# explanation: A Sanic link-preview service returns an HTML card that includes the `title` and `site` query parameters verbatim via response.html. The parameters are attacker-chosen, so a crafted preview URL embedded elsewhere executes script on the preview service's origin.
# ---
from sanic import Sanic, response
from sanic.request import Request

app = Sanic("previews")

CARD = """<div class="card">
  <img src="/static/placeholder.png" alt="">
  <div class="meta"><h3>{title}</h3><span class="site">{site}</span></div>
</div>"""


def build_card(title: str, site: str) -> str:
    title = title.strip()[:140] or "Untitled"
    return CARD.format(title=title, site=site)


@app.get("/card")
async def card(request: Request):
    title = request.args.get("title", "")
    site = request.args.get("site", "")
    body = build_card(title, site)  #@vuln
    return response.html(body, headers={"Cache-Control": "public, max-age=600"})
