# ---
# id: cwe434-csv-import-memory-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: aiohttp, csv
# explanation: The aiohttp bulk-import endpoint accepts any uploaded file, but it never writes it to disk or serves it: it reads up to 5 MB into memory, parses it as CSV rows and stores only validated field values, so the type of the uploaded file cannot lead to execution or an active page.
# ---
import csv
import io

from aiohttp import web

LIMIT = 5 * 1024 * 1024
COLUMNS = ("sku", "name", "quantity")


async def import_inventory(request: web.Request) -> web.Response:
    post = await request.post()
    upload = post.get("file")
    if not isinstance(upload, web.FileField):
        raise web.HTTPBadRequest(text="file field required")
    raw = upload.file.read(LIMIT + 1)
    if len(raw) > LIMIT:
        raise web.HTTPRequestEntityTooLarge(max_size=LIMIT, actual_size=len(raw))
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig", errors="replace")))
    rows = []
    for line in reader:
        try:
            rows.append((line["sku"].strip(), line["name"].strip()[:200], int(line["quantity"])))
        except (KeyError, ValueError, AttributeError):
            continue
    async with request.app["pg"].acquire() as conn:
        await conn.executemany("INSERT INTO stock (sku, name, quantity) VALUES ($1, $2, $3) "
                               "ON CONFLICT (sku) DO UPDATE SET quantity = EXCLUDED.quantity", rows)
    return web.json_response({"imported": len(rows)})
