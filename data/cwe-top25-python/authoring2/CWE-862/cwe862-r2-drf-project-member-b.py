# ---
# id: cwe862-r2-drf-project-member-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: django, djangorestframework
# explanation: A DRF viewset for project tasks. The queryset is restricted to projects where the caller is a member, and the IsProjectEditor object permission lets only members with the editor or owner role change or delete a task; check_object_permissions runs through get_object for every detail action, so the destructive actions are authorized.
# ---
from rest_framework import permissions, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from projects.models import Membership, Task

EDIT_ROLES = {"owner", "editor"}


class IsProjectEditor(permissions.BasePermission):
    message = "You need the editor role on this project."

    def has_object_permission(self, request, view, obj):
        if request.method in permissions.SAFE_METHODS:
            return True
        return Membership.objects.filter(
            project_id=obj.project_id, user=request.user, role__in=EDIT_ROLES
        ).exists()


class TaskSerializer(serializers.ModelSerializer):
    class Meta:
        model = Task
        fields = ["id", "project", "title", "done", "due", "assignee"]
        read_only_fields = ["project"]


class TaskViewSet(viewsets.ModelViewSet):
    serializer_class = TaskSerializer
    permission_classes = [permissions.IsAuthenticated, IsProjectEditor]

    def get_queryset(self):
        return (
            Task.objects.filter(project__memberships__user=self.request.user)
            .select_related("project", "assignee")
            .distinct()
        )

    def perform_create(self, serializer):
        project_id = self.request.data.get("project_id")
        membership = Membership.objects.filter(
            project_id=project_id, user=self.request.user, role__in=EDIT_ROLES
        ).first()
        if membership is None:
            raise PermissionDenied("not an editor of this project")
        serializer.save(project_id=project_id)

    @action(detail=True, methods=["post"])
    def toggle(self, request, pk=None):
        task = self.get_object()
        task.done = not task.done
        task.save(update_fields=["done"])
        return Response(TaskSerializer(task).data)
