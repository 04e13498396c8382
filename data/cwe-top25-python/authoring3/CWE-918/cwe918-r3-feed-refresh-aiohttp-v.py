# ---
# id: cwe918-r3-feed-refresh-aiohttp-v
# cwe: CWE-918
# vulnerable: true
# twin: none
# tags: aiohttp, feedparser
# explanation: A feed reader refreshes a subscription by fetching the feed URL that the user typed when subscribing, following redirects. The URL is user-controlled, so the service will request internal endpoints on the user's behalf and store the returned body as feed items.
# ---
import aiohttp
import feedparser


async def refresh_subscription(session: aiohttp.ClientSession, sub):
    async with session.get(sub.feed_url, timeout=aiohttp.ClientTimeout(total=15)) as resp:  #@vuln
        if resp.status != 200:
            sub.last_error = "HTTP %d" % resp.status
            return []
        body = await resp.read()
    parsed = feedparser.parse(body)
    sub.title = parsed.feed.get("title", sub.title)
    return [e for e in parsed.entries if e.get("link")]
