# ---
# id: cwe434-r3-theme-archive-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-r3-theme-archive-v
# tags: zipfile, flask
# explanation: Theme installation now extracts only stylesheet, font and raster image members; any other type in the archive (HTML, SVG, JS, scripts) is skipped, so the public themes folder only receives passive assets.
# ---
import os
import zipfile

THEMES_ROOT = "/var/www/site/static/themes"
THEME_ASSETS = {".css", ".png", ".jpg", ".gif", ".woff", ".woff2"}


def install_theme(slug, archive):
    target = os.path.join(THEMES_ROOT, slug)
    os.makedirs(target, exist_ok=True)
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            if member.is_dir() or member.filename.startswith("/") or ".." in member.filename:
                continue
            if os.path.splitext(member.filename)[1].lower() not in THEME_ASSETS:
                continue
            zf.extract(member, target)
    return target
