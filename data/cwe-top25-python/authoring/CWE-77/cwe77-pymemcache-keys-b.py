# ---
# id: cwe77-pymemcache-keys-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: flask, pymemcache
# explanation: A page cache uses keys built from request parameters, which looks like memcached command injection, but it talks to memcached through pymemcache, which validates every key and raises MemcacheIllegalInputError for keys with whitespace or control characters instead of sending them. The handler treats that as a cache miss.
# ---
from flask import Flask, request, render_template
from pymemcache.client.base import Client
from pymemcache.exceptions import MemcacheIllegalInputError

app = Flask(__name__)
cache = Client(("127.0.0.1", 11211), connect_timeout=1, timeout=1)


def cached_render(key: str, template: str, **context) -> str:
    try:
        hit = cache.get(key)
    except MemcacheIllegalInputError:
        return render_template(template, **context)
    if hit is not None:
        return hit.decode("utf-8")
    html = render_template(template, **context)
    try:
        cache.set(key, html.encode("utf-8"), expire=300)
    except MemcacheIllegalInputError:
        pass
    return html


@app.get("/catalog/<category>")
def catalog(category):
    page = request.args.get("page", "1")
    lang = request.args.get("lang", "en")
    return cached_render(f"catalog:{lang}:{category}:{page}", "catalog.html", category=category, page=page)
