# ---
# id: cwe862-r3-drf-object-permission-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: djangorestframework
# explanation: DRF viewset whose queryset is limited to objects of the caller's workspace and whose custom permission checks object ownership for writes; get_object() applies both.
# ---
from rest_framework import permissions, viewsets


class IsAuthorOrReadOnly(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        if request.method in permissions.SAFE_METHODS:
            return True
        return obj.author_id == request.user.id


class NoteViewSet(viewsets.ModelViewSet):
    serializer_class = NoteSerializer
    permission_classes = [permissions.IsAuthenticated, IsAuthorOrReadOnly]

    def get_queryset(self):
        return Note.objects.filter(workspace__members=self.request.user)

    def perform_create(self, serializer):
        serializer.save(author=self.request.user)
