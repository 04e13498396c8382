# ---
# id: cwe502-r3-load-state-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-r3-load-state-f
# tags: pickle, redis
# explanation: A session store method reads the blob stored under the session key taken from the client's cookie and unpickles it. Session blobs can be written through other paths and the key is client-chosen, so an attacker who can place bytes in the cache gets arbitrary code execution via pickle's __reduce__. The fix stores sessions as JSON.
# ---
import pickle


class RedisSessionStore:
    def __init__(self, client, namespace="sess:"):
        self.client = client
        self.namespace = namespace

    def load_state(self, session_id):
        raw = self.client.get(self.namespace + session_id)
        if raw is None:
            return {}
        return pickle.loads(raw)  #@vuln

    def save_state(self, session_id, state, ttl=3600):
        self.client.setex(self.namespace + session_id, ttl, pickle.dumps(state))
