# ---
# id: cwe352-aiohttp-checkout-get-v
# cwe: CWE-352
# vulnerable: true
# twin: none
# tags: aiohttp, aiohttp-session
# explanation: An aiohttp shop places the order for the items in the cart when GET /cart/confirm is requested; the buyer is identified by the aiohttp_session cookie, which lax SameSite still sends on top-level cross-site navigation. A link on any site therefore places an order charged to the victim's saved card.
# ---
from aiohttp import web
from aiohttp_session import get_session

from .orders import create_order_from_cart

routes = web.RouteTableDef()


@routes.get("/cart")
async def show_cart(request: web.Request) -> web.Response:
    session = await get_session(request)
    items = session.get("cart", [])
    return web.json_response({"items": items})


@routes.get("/cart/confirm")  #@vuln
async def confirm_order(request: web.Request) -> web.Response:
    session = await get_session(request)
    customer_id = session.get("customer_id")
    if customer_id is None:
        raise web.HTTPFound("/login")
    cart = session.get("cart", [])
    if not cart:
        raise web.HTTPFound("/cart")
    order = await create_order_from_cart(request.app["db"], customer_id, cart)
    session["cart"] = []
    raise web.HTTPFound(f"/orders/{order.id}")
