# ---
# id: cwe400-r2-asyncio-bounded-crawler-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: asyncio, aiohttp
# explanation: An asyncio link checker fans out over a sitemap with a fixed number of worker tasks reading from a bounded asyncio.Queue, a per-request timeout and a cap on bytes read per page. However many URLs the sitemap lists, concurrency, memory and time per request stay bounded.
# ---
import asyncio
import logging
import sys
from xml.etree import ElementTree

import aiohttp

log = logging.getLogger("linkcheck")

WORKERS = 8
QUEUE_SIZE = 100
MAX_BODY = 256 * 1024
TIMEOUT = aiohttp.ClientTimeout(total=15, connect=5)
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


async def check(session, url):
    try:
        async with session.get(url, allow_redirects=True) as resp:
            await resp.content.read(MAX_BODY)
            return resp.status
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        log.debug("%s failed: %s", url, exc)
        return None


async def worker(session, queue, results):
    while True:
        url = await queue.get()
        try:
            results[url] = await check(session, url)
        finally:
            queue.task_done()


async def run(sitemap_path):
    tree = ElementTree.parse(sitemap_path)
    urls = [loc.text.strip() for loc in tree.iterfind(".//sm:loc", NS) if loc.text]
    queue = asyncio.Queue(maxsize=QUEUE_SIZE)
    results = {}
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        tasks = [asyncio.create_task(worker(session, queue, results)) for _ in range(WORKERS)]
        for url in urls:
            await queue.put(url)
        await queue.join()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    broken = {u: s for u, s in results.items() if s is None or s >= 400}
    for url, status in sorted(broken.items()):
        print(f"{status or 'ERR':>4}  {url}")
    return 1 if broken else 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(asyncio.run(run(sys.argv[1])))
