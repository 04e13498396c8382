# ---
# id: cwe269-admin-readonly-superuser-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: django
# explanation: The custom Django UserAdmin shows is_staff, is_superuser, groups and user_permissions, but get_readonly_fields makes them read-only for anyone who is not a superuser, so support agents with change_user can edit contact details without being able to grant privileges.
# ---
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from accounts.models import User

PRIVILEGE_FIELDS = ("is_staff", "is_superuser", "groups", "user_permissions")


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "email", "is_active", "is_staff")
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("Contact", {"fields": ("first_name", "last_name", "email", "phone")}),
        ("Access", {"fields": ("is_active",) + PRIVILEGE_FIELDS}),
    )

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly.extend(PRIVILEGE_FIELDS)
        return readonly
