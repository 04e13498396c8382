# ---
# id: cwe502-cloudpickle-ws-v
# cwe: CWE-502
# vulnerable: true
# twin: none
# tags: websockets, cloudpickle, asyncio
# explanation: A distributed task server accepts work over a websocket from client SDKs and reconstructs each submitted function with cloudpickle.loads. Any client that can reach the websocket port can send a payload whose unpickling runs code on the worker.
# ---
import asyncio
import json

import cloudpickle
import websockets


async def handle(ws):
    async for frame in ws:
        if isinstance(frame, str):
            await ws.send(json.dumps({"error": "binary frames only"}))
            continue
        task = cloudpickle.loads(frame)  #@vuln
        func, args = task["func"], task.get("args", ())
        try:
            result = await asyncio.to_thread(func, *args)
            await ws.send(cloudpickle.dumps({"ok": True, "result": result}))
        except Exception as exc:
            await ws.send(cloudpickle.dumps({"ok": False, "error": repr(exc)}))


async def main():
    async with websockets.serve(handle, "0.0.0.0", 8765, max_size=64 * 1024 * 1024):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
