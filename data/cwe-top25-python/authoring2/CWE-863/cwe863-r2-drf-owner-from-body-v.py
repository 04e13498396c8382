# ---
# id: cwe863-r2-drf-owner-from-body-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-r2-drf-owner-from-body-f
# tags: django, djangorestframework
# explanation: A DRF viewset for recipe cards uses a custom object permission for edits. The permission compares the "owner" field sent in the request body with the caller's id instead of the owner stored on the recipe, so anyone can edit or delete another user's recipe by putting their own id in the payload.
# ---
from django.db.models import Count
from rest_framework import permissions, serializers, viewsets
from rest_framework.pagination import PageNumberPagination

from recipes.models import Recipe


class OwnerCanEdit(permissions.BasePermission):
    message = "Only the author can change this recipe."

    def has_object_permission(self, request, view, obj):
        if request.method in permissions.SAFE_METHODS:
            return True
        claimed = request.data.get("owner")  #@vuln
        return str(claimed) == str(request.user.pk)


class RecipeSerializer(serializers.ModelSerializer):
    likes = serializers.IntegerField(source="like_count", read_only=True)

    class Meta:
        model = Recipe
        fields = ["id", "owner", "title", "servings", "ingredients", "steps", "likes"]
        read_only_fields = ["owner"]

    def validate_servings(self, value):
        if not 1 <= value <= 64:
            raise serializers.ValidationError("servings must be between 1 and 64")
        return value


class SmallPages(PageNumberPagination):
    page_size = 20
    max_page_size = 100
    page_size_query_param = "size"


class RecipeViewSet(viewsets.ModelViewSet):
    serializer_class = RecipeSerializer
    permission_classes = [permissions.IsAuthenticatedOrReadOnly, OwnerCanEdit]
    pagination_class = SmallPages

    def get_queryset(self):
        qs = Recipe.objects.annotate(like_count=Count("likes"))
        tag = self.request.query_params.get("tag")
        if tag:
            qs = qs.filter(tags__slug=tag)
        return qs.order_by("-created_at")

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)
