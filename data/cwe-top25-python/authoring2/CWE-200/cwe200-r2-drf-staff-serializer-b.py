# ---
# id: cwe200-r2-drf-staff-serializer-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: django, djangorestframework
# explanation: A DRF viewset for customer accounts picks its serializer per caller. Support staff get a serializer with contact details and account flags; customers can only reach their own account (queryset restricted) and get a reduced serializer; neither serializer includes the password hash or internal notes, and fields are always listed explicitly.
# ---
from rest_framework import mixins, permissions, serializers, viewsets

from accounts.models import Customer


class CustomerPublicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Customer
        fields = ["id", "display_name", "email", "plan", "created_at"]
        read_only_fields = ["plan", "created_at"]


class CustomerStaffSerializer(serializers.ModelSerializer):
    open_tickets = serializers.IntegerField(read_only=True)

    class Meta:
        model = Customer
        fields = [
            "id", "display_name", "email", "phone", "plan", "created_at",
            "is_suspended", "last_login", "open_tickets",
        ]
        read_only_fields = ["created_at", "last_login", "open_tickets"]


class IsStaffOrSelf(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        return request.user.is_staff or obj.user_id == request.user.pk


class CustomerViewSet(
    mixins.RetrieveModelMixin, mixins.UpdateModelMixin, mixins.ListModelMixin, viewsets.GenericViewSet
):
    permission_classes = [permissions.IsAuthenticated, IsStaffOrSelf]

    def get_serializer_class(self):
        if self.request.user.is_staff:
            return CustomerStaffSerializer
        return CustomerPublicSerializer

    def get_queryset(self):
        qs = Customer.objects.all()
        if not self.request.user.is_staff:
            qs = qs.filter(user=self.request.user)
        else:
            from django.db.models import Count, Q
            qs = qs.annotate(open_tickets=Count("tickets", filter=Q(tickets__state="open")))
        return qs.order_by("-created_at")
