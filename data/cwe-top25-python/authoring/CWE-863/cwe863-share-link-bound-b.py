# ---
# id: cwe863-share-link-bound-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: django, itsdangerous
# explanation: Album share links are itsdangerous-signed tokens containing the album id and a permission level. The Django view takes the album id from the URL but rejects the request unless it equals the id inside the verified token, and it refuses uploads when the token only grants viewing.
# ---
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from itsdangerous import BadSignature, URLSafeSerializer

from photos.models import Album

serializer = URLSafeSerializer(settings.SECRET_KEY, salt="album-share")


def read_grant(token):
    try:
        return serializer.loads(token)
    except BadSignature:
        raise PermissionDenied


def shared_album(request, album_id, token):
    grant = read_grant(token)
    if grant.get("album") != album_id:
        raise PermissionDenied
    album = get_object_or_404(Album, pk=album_id, sharing_enabled=True)
    can_upload = grant.get("level") == "contribute"
    if request.method == "POST" and not can_upload:
        raise PermissionDenied
    return render(request, "photos/shared.html", {"album": album, "can_upload": can_upload})
