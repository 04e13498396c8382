# ---
# id: cwe352-r2-drf-session-nocheck-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-r2-drf-session-nocheck-v
# tags: django, djangorestframework
# explanation: The viewset now uses DRF SessionAuthentication as is, whose enforce_csrf runs Django CSRF validation for every unsafe method on a session-authenticated request. A cross-site POST lacks the X-CSRFToken header matching the csrf cookie and is refused with 403 before a member is added.
# ---
import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.authentication import SessionAuthentication
from rest_framework.decorators import action
from rest_framework.response import Response

from teams.models import Membership, Team

log = logging.getLogger(__name__)
User = get_user_model()

ROLES = ("viewer", "editor", "admin")


class AddMemberSerializer(serializers.Serializer):
    email = serializers.EmailField()
    role = serializers.ChoiceField(choices=ROLES, default="viewer")


class IsTeamAdmin(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        return obj.memberships.filter(user=request.user, role="admin").exists()


class TeamViewSet(viewsets.ReadOnlyModelViewSet):
    authentication_classes = [SessionAuthentication]
    permission_classes = [permissions.IsAuthenticated, IsTeamAdmin]

    def get_queryset(self):
        return Team.objects.filter(memberships__user=self.request.user).distinct()

    @action(detail=True, methods=["post"])
    def members(self, request, pk=None):
        team = self.get_object()
        ser = AddMemberSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        try:
            user = User.objects.get(email__iexact=ser.validated_data["email"])
        except User.DoesNotExist:
            return Response({"detail": "no such user"}, status=status.HTTP_404_NOT_FOUND)
        with transaction.atomic():
            membership, created = Membership.objects.update_or_create(
                team=team, user=user, defaults={"role": ser.validated_data["role"]}
            )
        log.info("%s set %s as %s in team %s", request.user.pk, user.pk, membership.role, team.pk)
        return Response({"user": user.pk, "role": membership.role},
                        status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)
