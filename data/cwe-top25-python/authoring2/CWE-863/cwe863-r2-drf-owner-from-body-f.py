# ---
# id: cwe863-r2-drf-owner-from-body-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-r2-drf-owner-from-body-v
# tags: django, djangorestframework
# explanation: A DRF viewset for recipe cards uses a custom object permission for edits. The permission now compares the owner stored on the recipe object (obj.owner_id) with the authenticated user's id, so the request body has no influence on the decision and only the author can change or delete a recipe.
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
        return obj.owner_id == request.user.pk


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
