# ---
# id: cwe434-r3-theme-archive-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-r3-theme-archive-f
# tags: zipfile, flask
# explanation: On a multi-site host where every customer can upload a theme, the upload unpacks a zip into the shared public themes folder, only refusing absolute or parent-relative member names. Every member type is kept, so a theme can carry .html, .svg, .js or server-side script files that are then served under the host's common origin.
# ---
import os
import zipfile

THEMES_ROOT = "/var/www/site/static/themes"


def install_theme(slug, archive):
    target = os.path.join(THEMES_ROOT, slug)
    os.makedirs(target, exist_ok=True)
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            if member.is_dir() or member.filename.startswith("/") or ".." in member.filename:
                continue
            zf.extract(member, target)  #@vuln
    return target
