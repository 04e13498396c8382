# ---
# id: cwe400-r2-drf-theme-bundle-zip-v
# cwe: CWE-400
# vulnerable: true
# twin: none
# tags: django, djangorestframework, zipfile
# explanation: A DRF endpoint lets any signed-in user upload a theme bundle for their own storefront (zip, at most 5 MB uploaded) and reads every member fully into memory with ZipFile.read to collect CSS and images. Neither the number of members nor their uncompressed sizes are checked, so a zip bomb that is small on the wire inflates to gigabytes and exhausts the worker's memory.
# ---
import hashlib
import logging
import posixpath
import zipfile

from rest_framework import parsers, permissions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from themes.models import Theme, ThemeAsset

log = logging.getLogger(__name__)

MAX_UPLOAD = 5 * 1024 * 1024
ASSET_TYPES = {".css": "text/css", ".png": "image/png", ".jpg": "image/jpeg", ".woff2": "font/woff2"}


def asset_type(name):
    return ASSET_TYPES.get(posixpath.splitext(name)[1].lower())


class ThemeBundleUpload(APIView):
    parser_classes = [parsers.MultiPartParser]
    permission_classes = [permissions.IsAuthenticated]

    def post(self, request, slug):
        upload = request.FILES.get("bundle")
        if upload is None:
            return Response({"detail": "bundle is required"}, status=status.HTTP_400_BAD_REQUEST)
        if upload.size > MAX_UPLOAD:
            return Response({"detail": "bundle too large"}, status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
        try:
            archive = zipfile.ZipFile(upload)
        except zipfile.BadZipFile:
            return Response({"detail": "not a zip file"}, status=status.HTTP_400_BAD_REQUEST)
        assets = []
        with archive:
            for info in archive.infolist():
                if info.is_dir() or asset_type(info.filename) is None:
                    continue
                data = archive.read(info)  #@vuln
                assets.append((posixpath.basename(info.filename), asset_type(info.filename), data))
        if not any(kind == "text/css" for _, kind, _ in assets):
            return Response({"detail": "bundle has no stylesheet"}, status=status.HTTP_400_BAD_REQUEST)
        theme, _ = Theme.objects.get_or_create(slug=slug, owner=request.user)
        theme.assets.all().delete()
        for name, kind, data in assets:
            ThemeAsset.objects.create(theme=theme, name=name, content_type=kind, data=data,
                                      sha256=hashlib.sha256(data).hexdigest())
        log.info("theme %s updated with %d assets", slug, len(assets))
        return Response({"theme": slug, "assets": len(assets)}, status=status.HTTP_201_CREATED)
