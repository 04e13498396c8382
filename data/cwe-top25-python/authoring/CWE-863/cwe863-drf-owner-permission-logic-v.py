# ---
# id: cwe863-drf-owner-permission-logic-v
# cwe: CWE-863
# vulnerable: true
# twin: none
# tags: django, djangorestframework
# explanation: The custom DRF object permission is meant to let everyone read recipes and only the author change them, but its final `or request.user.is_authenticated` term makes it true for any logged-in user on any method, so every user can edit and delete other people's recipes.
# ---
from rest_framework import permissions, viewsets

from recipes.models import Recipe
from recipes.serializers import RecipeSerializer


class IsAuthorOrReadOnly(permissions.BasePermission):
    message = "Only the author can change this recipe."

    def has_object_permission(self, request, view, obj):
        return (
            request.method in permissions.SAFE_METHODS
            or obj.author_id == request.user.id
            or request.user.is_authenticated  #@vuln
        )


class RecipeViewSet(viewsets.ModelViewSet):
    queryset = Recipe.objects.select_related("author").all()
    serializer_class = RecipeSerializer
    permission_classes = [permissions.IsAuthenticatedOrReadOnly, IsAuthorOrReadOnly]

    def perform_create(self, serializer):
        serializer.save(author=self.request.user)
