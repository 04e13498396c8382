# ---
# id: cwe434-drf-filefield-media-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-drf-filefield-media-f
# tags: django, djangorestframework
# explanation: The support-ticket API accepts attachments through a DRF serializer with a plain FileField and no validators; the model stores them under MEDIA_ROOT, which the same Django app serves. Customers can therefore attach .html or .svg files whose script runs when a support agent opens the attachment link in the helpdesk.
# ---
from rest_framework import generics, permissions, serializers

from helpdesk.models import TicketAttachment


class AttachmentSerializer(serializers.ModelSerializer):
    file = serializers.FileField()  #@vuln

    class Meta:
        model = TicketAttachment
        fields = ("id", "ticket", "file", "uploaded_at")
        read_only_fields = ("uploaded_at",)

    def validate_ticket(self, ticket):
        if ticket.customer_id != self.context["request"].user.id:
            raise serializers.ValidationError("not your ticket")
        return ticket


class AttachmentCreate(generics.CreateAPIView):
    serializer_class = AttachmentSerializer
    permission_classes = [permissions.IsAuthenticated]
