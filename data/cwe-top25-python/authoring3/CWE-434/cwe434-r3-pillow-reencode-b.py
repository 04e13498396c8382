# ---
# id: cwe434-r3-pillow-reencode-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: pillow, django
# explanation: The photo upload is opened with Pillow, restricted to a few image formats, and re-encoded to a new PNG under a generated name. Whatever the client sent, only a freshly written PNG image reaches the public folder.
# ---
import os
import uuid

from PIL import Image

PHOTO_DIR = "/srv/media/photos"


def save_photo(uploaded_file):
    img = Image.open(uploaded_file)
    if img.format not in ("PNG", "JPEG", "GIF"):
        raise ValueError("unsupported image format")
    img.thumbnail((2048, 2048))
    name = uuid.uuid4().hex + ".png"
    img.convert("RGBA").save(os.path.join(PHOTO_DIR, name), format="PNG")
    return name
