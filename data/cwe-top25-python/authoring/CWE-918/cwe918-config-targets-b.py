# ---
# id: cwe918-config-targets-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: httpx, asyncio, toml
# explanation: An internal uptime poller requests many URLs, including private addresses, but they all come from the operator's TOML configuration file, not from users. Requests to internal hosts are the intended function and no outside party can choose the targets.
# ---
import asyncio
import time
import tomllib
from pathlib import Path

import httpx

CONFIG = Path("/etc/uptime/targets.toml")


def load_targets() -> dict[str, str]:
    with CONFIG.open("rb") as fh:
        return {t["name"]: t["url"] for t in tomllib.load(fh)["target"]}


async def check(client: httpx.AsyncClient, name: str, url: str) -> tuple[str, bool, float]:
    start = time.perf_counter()
    try:
        resp = await client.get(url)
        ok = resp.status_code < 500
    except httpx.HTTPError:
        ok = False
    return name, ok, time.perf_counter() - start


async def poll_once() -> list[tuple[str, bool, float]]:
    async with httpx.AsyncClient(timeout=5) as client:
        return await asyncio.gather(*(check(client, n, u) for n, u in load_targets().items()))


if __name__ == "__main__":
    for name, ok, secs in asyncio.run(poll_once()):
        print(f"{name:<24} {'UP' if ok else 'DOWN':<5} {secs * 1000:7.1f} ms")
