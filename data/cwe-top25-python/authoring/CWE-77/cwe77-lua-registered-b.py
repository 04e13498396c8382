# ---
# id: cwe77-lua-registered-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: redis, lua, asyncio
# explanation: A sliding-window rate limiter runs a Lua script in Redis, which looks like script injection, but the script text is a constant registered once with register_script; the client id and limits are passed as KEYS and ARGV, so request data never becomes Lua source.
# ---
import time

import redis.asyncio as redis

SLIDING_WINDOW = """
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, 0, now - window)
if redis.call('ZCARD', key) >= limit then
  return 0
end
redis.call('ZADD', key, now, now)
redis.call('PEXPIRE', key, window)
return 1
"""


class RateLimiter:
    def __init__(self, client: redis.Redis, limit: int = 100, window_ms: int = 60_000):
        self.script = client.register_script(SLIDING_WINDOW)
        self.limit, self.window_ms = limit, window_ms

    async def allow(self, client_id: str) -> bool:
        now_ms = int(time.time() * 1000)
        allowed = await self.script(keys=[f"rl:{client_id}"], args=[now_ms, self.window_ms, self.limit])
        return allowed == 1
