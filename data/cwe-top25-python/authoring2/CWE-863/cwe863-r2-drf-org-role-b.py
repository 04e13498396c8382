# ---
# id: cwe863-r2-drf-org-role-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: django, djangorestframework
# explanation: A DRF viewset manages an organisation's webhooks. The object permission looks up the caller's membership in the organisation that owns the webhook (from the database row, not the request) and allows reads to any member but writes and deletes only to members whose stored role is admin; the queryset is also limited to the caller's organisations.
# ---
from rest_framework import permissions, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from orgs.models import Membership, Webhook
from orgs.delivery import send_test_event

WRITE_ROLES = frozenset({"admin"})


def role_in(user, org_id):
    return (
        Membership.objects.filter(user=user, organisation_id=org_id)
        .values_list("role", flat=True)
        .first()
    )


class OrgRolePermission(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        role = role_in(request.user, obj.organisation_id)
        if role is None:
            return False
        if request.method in permissions.SAFE_METHODS:
            return True
        return role in WRITE_ROLES


class WebhookSerializer(serializers.ModelSerializer):
    class Meta:
        model = Webhook
        fields = ["id", "organisation", "url", "events", "active", "created_at"]
        read_only_fields = ["created_at"]

    def validate_organisation(self, org):
        if role_in(self.context["request"].user, org.pk) not in WRITE_ROLES:
            raise serializers.ValidationError("you are not an admin of this organisation")
        return org


class WebhookViewSet(viewsets.ModelViewSet):
    serializer_class = WebhookSerializer
    permission_classes = [permissions.IsAuthenticated, OrgRolePermission]

    def get_queryset(self):
        return Webhook.objects.filter(
            organisation__memberships__user=self.request.user
        ).order_by("-created_at")

    @action(detail=True, methods=["post"])
    def ping(self, request, pk=None):
        hook = self.get_object()
        delivery_id = send_test_event(hook)
        return Response({"delivery": delivery_id})
