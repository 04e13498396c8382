# ---
# id: cwe269-r2-drf-admin-role-change-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: django, djangorestframework
# explanation: A DRF endpoint changes the role of a staff account. It is limited to administrators by IsAdminUser, refuses changes to one's own role, and only grants roles from a fixed list whose rank is not above the caller's; every change is written to an audit table, so role assignment is properly controlled.
# ---
import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from django.shortcuts import get_object_or_404
from rest_framework import permissions, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from audit.models import RoleChange

log = logging.getLogger(__name__)
User = get_user_model()
RANK = {"member": 0, "moderator": 1, "admin": 2}


class RoleChangeSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=sorted(RANK))
    reason = serializers.CharField(max_length=300)


class UserRoleView(APIView):
    permission_classes = [permissions.IsAuthenticated, permissions.IsAdminUser]

    def put(self, request, user_id: int):
        target = get_object_or_404(User, pk=user_id, is_active=True)
        if target.pk == request.user.pk:
            return Response({"detail": "you cannot change your own role"}, status=status.HTTP_403_FORBIDDEN)
        payload = RoleChangeSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        new_role = payload.validated_data["role"]
        if RANK[new_role] > RANK.get(request.user.role, -1):
            return Response({"detail": "role above your own"}, status=status.HTTP_403_FORBIDDEN)
        with transaction.atomic():
            old_role = target.role
            target.role = new_role
            target.save(update_fields=["role"])
            RoleChange.objects.create(
                actor=request.user, target=target, old_role=old_role, new_role=new_role,
                reason=payload.validated_data["reason"],
            )
        log.info("%s changed role of %s: %s -> %s", request.user.pk, target.pk, old_role, new_role)
        return Response({"id": target.pk, "role": new_role})
