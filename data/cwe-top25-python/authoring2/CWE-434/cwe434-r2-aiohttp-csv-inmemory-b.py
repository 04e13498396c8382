# ---
# id: cwe434-r2-aiohttp-csv-inmemory-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: aiohttp, csv, asyncpg
# explanation: An aiohttp endpoint accepts an uploaded file of any name, but it only decodes the bytes in memory as CSV and inserts the parsed rows into the database with bound parameters; the upload is never written to disk or served. Whatever the file type, it cannot become executable or servable content.
# ---
import csv
import io
import logging

from aiohttp import web

log = logging.getLogger("meter-import")

MAX_UPLOAD = 5 * 1024 * 1024
COLUMNS = ("meter_id", "read_at", "kwh")

routes = web.RouteTableDef()


def parse_readings(text):
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise ValueError(f"expected header {','.join(COLUMNS)}")
    rows, bad = [], 0
    for row in reader:
        try:
            rows.append((row["meter_id"].strip(), row["read_at"].strip(), float(row["kwh"])))
        except (ValueError, AttributeError):
            bad += 1
    return rows, bad


@routes.post("/imports/readings")
async def import_readings(request: web.Request) -> web.Response:
    reader = await request.multipart()
    part = await reader.next()
    if part is None or part.name != "file":
        raise web.HTTPBadRequest(text="expected a 'file' field")
    raw = await part.read(decode=False)
    if len(raw) > MAX_UPLOAD:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_UPLOAD, actual_size=len(raw))
    try:
        rows, bad = parse_readings(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        return web.json_response({"error": str(exc)}, status=400)
    pool = request.app["db"]
    async with pool.acquire() as conn:
        await conn.executemany(
            "INSERT INTO meter_readings (meter_id, read_at, kwh) VALUES ($1, $2::timestamptz, $3) "
            "ON CONFLICT (meter_id, read_at) DO UPDATE SET kwh = EXCLUDED.kwh",
            rows,
        )
    log.info("imported %d readings from %s (%d bad rows)", len(rows), part.filename, bad)
    return web.json_response({"imported": len(rows), "skipped": bad})
