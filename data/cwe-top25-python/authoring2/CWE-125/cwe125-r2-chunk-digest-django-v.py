# ---
# id: cwe125-r2-chunk-digest-django-v
# cwe: CWE-125
# vulnerable: true
# twin: none
# tags: django, ctypes, uploads
# explanation: A Django class-based view receives resumable upload chunks and verifies them with a native xxHash routine called through ctypes. The length passed to the native hash is the chunk size declared in the client's form field rather than the length of the received bytes, so a client that declares a larger size makes the library read past the end of the chunk buffer.
# ---
"""Resumable upload endpoint for the media library."""

import ctypes
import logging

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View

from media.models import UploadSession

log = logging.getLogger(__name__)

_xxh = ctypes.CDLL("libxxhash.so.0")
_xxh.XXH64.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_ulonglong]
_xxh.XXH64.restype = ctypes.c_ulonglong

MAX_CHUNK = 8 * 1024 * 1024


def chunk_digest(data: bytes, declared_size: int) -> str:
    buf = ctypes.create_string_buffer(data, len(data))
    return f"{_xxh.XXH64(buf, declared_size, 0):016x}"  #@vuln


class ChunkUploadView(LoginRequiredMixin, View):
    def post(self, request, session_id):
        session = UploadSession.objects.filter(pk=session_id, owner=request.user, finished=False).first()
        if session is None:
            return JsonResponse({"error": "no such upload"}, status=404)
        upload = request.FILES.get("chunk")
        try:
            index = int(request.POST["index"])
            size = int(request.POST["size"])
        except (KeyError, ValueError):
            return HttpResponseBadRequest("index and size are required")
        if upload is None or not 0 < size <= MAX_CHUNK:
            return HttpResponseBadRequest("chunk missing or too large")
        data = upload.read(MAX_CHUNK)
        digest = chunk_digest(data, size)
        if digest != request.POST.get("xxh64", ""):
            log.info("chunk %d of %s failed verification", index, session.pk)
            return JsonResponse({"error": "checksum mismatch", "index": index}, status=409)
        session.store_chunk(index, data)
        return JsonResponse({"index": index, "received": len(data), "xxh64": digest})
