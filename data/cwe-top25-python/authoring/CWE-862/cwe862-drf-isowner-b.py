# ---
# id: cwe862-drf-isowner-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: django, djangorestframework
# explanation: This DRF viewset's queryset is all bookmarks, but a custom IsOwnerOrReadOnly object permission lets anyone read public bookmarks while only the owner may modify or delete one, and the list is filtered to public or own items; DRF calls has_object_permission for every detail action through get_object.
# ---
from django.db.models import Q
from rest_framework import permissions, viewsets

from links.models import Bookmark
from links.serializers import BookmarkSerializer


class IsOwnerOrReadOnly(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        if request.method in permissions.SAFE_METHODS:
            return obj.is_public or obj.owner_id == request.user.id
        return obj.owner_id == request.user.id


class BookmarkViewSet(viewsets.ModelViewSet):
    serializer_class = BookmarkSerializer
    permission_classes = [permissions.IsAuthenticated, IsOwnerOrReadOnly]
    queryset = Bookmark.objects.all()

    def get_queryset(self):
        qs = super().get_queryset()
        if self.action == "list":
            return qs.filter(Q(is_public=True) | Q(owner=self.request.user))
        return qs

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)
