# ---
# id: cwe22-r2-theme-installer-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-r2-theme-installer-f
# tags: tarfile, django
# explanation: A CMS admin view installs themes uploaded as .tar.gz archives and unpacks them with TarFile.extractall() into the themes folder. Member names are not checked, so an archive containing ../../settings_local.py or an absolute path (or a symlink member) writes files anywhere the web process can write (tar path traversal). Shop owners with the 'designer' role, not only superusers, may upload themes.
# ---
import json
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import JsonResponse
from django.views import View

log = logging.getLogger(__name__)

THEMES_DIR = Path(settings.BASE_DIR) / "themes"
MAX_UPLOAD = 20 * 1024 * 1024


def read_manifest(folder: Path) -> dict:
    manifest = folder / "theme.json"
    if not manifest.is_file():
        raise ValueError("theme.json missing")
    data = json.loads(manifest.read_text(encoding="utf-8"))
    if not str(data.get("slug", "")).isidentifier():
        raise ValueError("theme slug must be an identifier")
    return data


class ThemeUploadView(PermissionRequiredMixin, View):
    permission_required = "cms.install_theme"

    def post(self, request):
        upload = request.FILES.get("archive")
        if upload is None or upload.size > MAX_UPLOAD:
            return JsonResponse({"error": "archive missing or too large"}, status=400)
        with tempfile.TemporaryDirectory(dir=THEMES_DIR) as staging:
            staging_path = Path(staging)
            try:
                with tarfile.open(fileobj=upload, mode="r:gz") as tar:
                    tar.extractall(staging_path)  #@vuln
                manifest = read_manifest(staging_path)
            except (tarfile.TarError, ValueError) as exc:
                return JsonResponse({"error": str(exc)}, status=400)
            target = THEMES_DIR / manifest["slug"]
            if target.exists():
                shutil.rmtree(target)
            shutil.move(str(staging_path), str(target))
            staging_path.mkdir()
        log.info("user %s installed theme %s %s", request.user, manifest["slug"], manifest.get("version"))
        return JsonResponse({"installed": manifest["slug"]})
