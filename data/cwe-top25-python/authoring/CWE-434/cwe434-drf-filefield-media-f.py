# ---
# id: cwe434-drf-filefield-media-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-drf-filefield-media-v
# tags: django, djangorestframework
# explanation: The attachment serializer's FileField now has a FileExtensionValidator allowing only inert formats (PDF, PNG, JPEG, plain text, logs) and a size limit, so customers can no longer store HTML or SVG attachments that would render on the helpdesk origin.
# ---
from django.core.validators import FileExtensionValidator
from rest_framework import generics, permissions, serializers

from helpdesk.models import TicketAttachment

ALLOWED_EXTENSIONS = ["pdf", "png", "jpg", "jpeg", "txt", "log"]


class AttachmentSerializer(serializers.ModelSerializer):
    file = serializers.FileField(validators=[FileExtensionValidator(ALLOWED_EXTENSIONS)])

    class Meta:
        model = TicketAttachment
        fields = ("id", "ticket", "file", "uploaded_at")
        read_only_fields = ("uploaded_at",)

    def validate_file(self, file):
        if file.size > 10 * 1024 * 1024:
            raise serializers.ValidationError("attachments are limited to 10 MB")
        return file

    def validate_ticket(self, ticket):
        if ticket.customer_id != self.context["request"].user.id:
            raise serializers.ValidationError("not your ticket")
        return ticket


class AttachmentCreate(generics.CreateAPIView):
    serializer_class = AttachmentSerializer
    permission_classes = [permissions.IsAuthenticated]
