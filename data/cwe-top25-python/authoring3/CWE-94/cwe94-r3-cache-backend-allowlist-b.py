# ---
# id: cwe94-r3-cache-backend-allowlist-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: importlib
# explanation: Loads a cache backend module named in configuration. The name is looked up in a fixed mapping of module paths, so only the project's own modules can be imported; importlib never sees a caller-chosen string.
# ---
import importlib

BACKENDS = {
    "redis": "app.cache.redis_backend",
    "memory": "app.cache.memory_backend",
    "memcached": "app.cache.memcached_backend",
}


def get_cache_backend(name):
    try:
        module_path = BACKENDS[name]
    except KeyError:
        raise ValueError("unknown cache backend %r" % name)
    return importlib.import_module(module_path).Backend()
