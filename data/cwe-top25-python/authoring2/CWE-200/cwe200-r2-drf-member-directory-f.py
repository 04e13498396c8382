# ---
# id: cwe200-r2-drf-member-directory-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-r2-drf-member-directory-v
# tags: django, djangorestframework
# explanation: A DRF endpoint powers the member directory of a community site, readable by any logged-in member. The serializer now lists its fields explicitly (id, username, display name, avatar, date joined), so password hashes, e-mail addresses, login times and permission flags are no longer serialised for other members.
# ---
from django.contrib.auth import get_user_model
from django.db.models import Q
from rest_framework import filters, generics, permissions, serializers
from rest_framework.pagination import CursorPagination

User = get_user_model()


class DirectoryPagination(CursorPagination):
    page_size = 30
    ordering = "username"


class MemberSerializer(serializers.ModelSerializer):
    display_name = serializers.SerializerMethodField()
    avatar = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = ["id", "username", "display_name", "avatar", "date_joined"]

    def get_display_name(self, obj) -> str:
        full = f"{obj.first_name} {obj.last_name}".strip()
        return full or obj.username

    def get_avatar(self, obj) -> str:
        profile = getattr(obj, "profile", None)
        if profile and profile.avatar:
            return self.context["request"].build_absolute_uri(profile.avatar.url)
        return ""


class MemberDirectory(generics.ListAPIView):
    serializer_class = MemberSerializer
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = DirectoryPagination
    filter_backends = [filters.SearchFilter]
    search_fields = ["username", "first_name", "last_name"]

    def get_queryset(self):
        qs = User.objects.filter(is_active=True).select_related("profile")
        city = self.request.query_params.get("city")
        if city:
            qs = qs.filter(Q(profile__city__iexact=city) | Q(profile__region__iexact=city))
        return qs


class MemberDetail(generics.RetrieveAPIView):
    serializer_class = MemberSerializer
    permission_classes = [permissions.IsAuthenticated]
    lookup_field = "username"
    queryset = User.objects.filter(is_active=True).select_related("profile")
