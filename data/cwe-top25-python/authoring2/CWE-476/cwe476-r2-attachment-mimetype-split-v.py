# ---
# id: cwe476-r2-attachment-mimetype-split-v
# cwe: CWE-476
# vulnerable: true
# twin: none
# tags: django, mimetypes, uploads
# explanation: A Django class-based view stores ticket attachments and classifies them by the MIME type guessed from the uploaded file name. mimetypes.guess_type returns (None, None) for names without a known extension, and the view calls .split() on that None, so uploading a file such as "notes" or "dump.xyz" crashes the view with a server error.
# ---
"""Attachment upload for support tickets."""

import logging
import mimetypes

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.generic import View

from support.models import Attachment, Ticket

log = logging.getLogger(__name__)

MAX_ATTACHMENT = 20 * 1024 * 1024
PREVIEWABLE = {"image", "text"}


def classify(filename: str) -> tuple[str, str]:
    mime, _encoding = mimetypes.guess_type(filename, strict=False)
    major = mime.split("/", 1)[0]  #@vuln
    return mime, major


class TicketAttachmentView(LoginRequiredMixin, View):
    def post(self, request, ticket_id: int):
        ticket = get_object_or_404(Ticket, pk=ticket_id)
        if not ticket.can_be_edited_by(request.user):
            raise PermissionDenied
        upload = request.FILES.get("file")
        if upload is None:
            return JsonResponse({"error": "file is required"}, status=400)
        if upload.size > MAX_ATTACHMENT:
            return JsonResponse({"error": "attachment too large"}, status=413)
        mime, major = classify(upload.name)
        attachment = Attachment.objects.create(
            ticket=ticket,
            uploaded_by=request.user,
            original_name=upload.name[:200],
            content_type=mime,
            previewable=major in PREVIEWABLE,
            file=upload,
        )
        log.info("ticket %s: attachment %s (%s, %d bytes)", ticket.pk, attachment.pk, mime, upload.size)
        return JsonResponse({"id": attachment.pk, "content_type": mime, "previewable": attachment.previewable},
                            status=201)

    def get(self, request, ticket_id: int):
        ticket = get_object_or_404(Ticket, pk=ticket_id)
        if not ticket.can_be_viewed_by(request.user):
            raise PermissionDenied
        rows = ticket.attachments.order_by("created_at").values("id", "original_name", "content_type")
        return JsonResponse({"attachments": list(rows)})
