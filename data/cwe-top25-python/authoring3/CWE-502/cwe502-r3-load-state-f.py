# ---
# id: cwe502-r3-load-state-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-r3-load-state-v
# tags: json, redis
# explanation: The session store now serializes state with JSON, so loading a session blob can only produce plain dicts, lists, strings and numbers; no object construction or code runs, whatever bytes end up in the cache.
# ---
import json


class RedisSessionStore:
    def __init__(self, client, namespace="sess:"):
        self.client = client
        self.namespace = namespace

    def load_state(self, session_id):
        raw = self.client.get(self.namespace + session_id)
        if raw is None:
            return {}
        return json.loads(raw)

    def save_state(self, session_id, state, ttl=3600):
        self.client.setex(self.namespace + session_id, ttl, json.dumps(state))
