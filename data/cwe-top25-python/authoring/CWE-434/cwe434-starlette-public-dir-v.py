# ---
# id: cwe434-starlette-public-dir-v
# cwe: CWE-434
# vulnerable: true
# twin: none
# tags: starlette
# explanation: A Starlette event site lets attendees upload a badge photo, which is written with its original extension into the directory mounted as StaticFiles on the same app. There is no check of type or extension, so an attendee can upload an .html file and send organisers a link that runs script on the event site's origin.
# ---
import pathlib
import uuid

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

BADGES = pathlib.Path("site/badges")


async def upload_badge(request: Request) -> JSONResponse:
    form = await request.form(max_files=1)
    upload = form.get("photo")
    if upload is None or not getattr(upload, "filename", ""):
        return JSONResponse({"error": "photo required"}, status_code=400)
    ext = pathlib.Path(upload.filename).suffix.lower()
    name = f"{uuid.uuid4().hex}{ext}"
    (BADGES / name).write_bytes(await upload.read())  #@vuln
    return JSONResponse({"badge": f"/badges/{name}"})


app = Starlette(routes=[
    Route("/api/badge", upload_badge, methods=["POST"]),
    Mount("/badges", app=StaticFiles(directory=BADGES), name="badges"),
])
