# ---
# id: cwe94-rpc-getattr-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-rpc-getattr-f
# tags: aiohttp, importlib, json-rpc
# explanation: A JSON-RPC endpoint resolves the "method" string "module.function" with importlib and getattr and calls it with the given params. Any importable callable is reachable, e.g. "os.system" or "builtins.exec", so a request executes arbitrary code.
# ---
import importlib

from aiohttp import web


def resolve(method: str):
    module_name, _, func_name = method.rpartition(".")
    module = importlib.import_module(module_name or "builtins")
    return getattr(module, func_name)  #@vuln


async def rpc(request: web.Request) -> web.Response:
    call = await request.json()
    try:
        func = resolve(call["method"])
        result = func(*call.get("params", []))
    except (ImportError, AttributeError) as exc:
        return web.json_response({"id": call.get("id"), "error": {"code": -32601, "message": str(exc)}})
    return web.json_response({"jsonrpc": "2.0", "id": call.get("id"), "result": result})


app = web.Application()
app.router.add_post("/rpc", rpc)
