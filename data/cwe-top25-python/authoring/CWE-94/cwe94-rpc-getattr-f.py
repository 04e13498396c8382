# ---
# id: cwe94-rpc-getattr-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-rpc-getattr-v
# tags: aiohttp, json-rpc
# explanation: The JSON-RPC endpoint now looks the method name up in a registry of functions the service exposes on purpose, and unknown names get the standard "method not found" error. Callers can no longer reach os, builtins or any other module.
# ---
import statistics

from aiohttp import web

METHODS = {
    "stats.mean": statistics.fmean,
    "stats.median": statistics.median,
    "stats.stdev": statistics.stdev,
}


def resolve(method: str):
    return METHODS[method]


async def rpc(request: web.Request) -> web.Response:
    call = await request.json()
    try:
        func = resolve(call["method"])
        result = func(*call.get("params", []))
    except KeyError as exc:
        return web.json_response({"id": call.get("id"), "error": {"code": -32601, "message": str(exc)}})
    return web.json_response({"jsonrpc": "2.0", "id": call.get("id"), "result": result})


app = web.Application()
app.router.add_post("/rpc", rpc)
