# ---
# id: cwe79-r2-aiohttp-gallery-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-r2-aiohttp-gallery-v
# tags: aiohttp, sqlite3
# explanation: photo_card() now passes the stored caption through html.escape() like the album title, so markup typed into a caption is displayed as text on the shared album page and no script can be stored and replayed.
# ---
import html
import logging
import sqlite3

from aiohttp import web

log = logging.getLogger("gallery")
routes = web.RouteTableDef()

PAGE_HEAD = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/static/gallery.css"></head><body>"""
PAGE_TAIL = "</body></html>"


def fetch_album(db: sqlite3.Connection, token: str):
    album = db.execute("SELECT id, title FROM albums WHERE share_token = ?", (token,)).fetchone()
    if album is None:
        return None, []
    photos = db.execute(
        "SELECT id, caption, width, height FROM photos WHERE album_id = ? ORDER BY taken_at",
        (album[0],),
    ).fetchall()
    return album, photos


def photo_card(photo_id: int, caption: str, width: int, height: int) -> str:
    ratio = f"{width}/{height}" if width and height else "4/3"
    return (
        f'<figure class="card" style="aspect-ratio:{ratio}">'
        f'<img src="/media/{int(photo_id)}/thumb.jpg" loading="lazy" alt="">'
        f"<figcaption>{html.escape(caption or '')}</figcaption>"
        "</figure>"
    )


@routes.get("/s/{token}")
async def shared_album(request: web.Request) -> web.Response:
    album, photos = fetch_album(request.app["db"], request.match_info["token"])
    if album is None:
        raise web.HTTPNotFound()
    parts = [PAGE_HEAD.format(title=html.escape(album[1])), f"<h1>{html.escape(album[1])}</h1>"]
    parts.append('<main class="grid">')
    parts.extend(photo_card(*row) for row in photos)
    parts.append(f"</main><footer>{len(photos)} photos</footer>")
    parts.append(PAGE_TAIL)
    log.debug("album %s viewed (%d photos)", album[0], len(photos))
    return web.Response(text="".join(parts), content_type="text/html")


def make_app(db_path: str) -> web.Application:
    app = web.Application()
    app["db"] = sqlite3.connect(db_path, check_same_thread=False)
    app.add_routes(routes)
    return app
