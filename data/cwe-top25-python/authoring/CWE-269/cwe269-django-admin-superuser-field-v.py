# ---
# id: cwe269-django-admin-superuser-field-v
# cwe: CWE-269
# vulnerable: true
# twin: none
# tags: django
# explanation: Support agents get the auth.change_user permission so they can fix customers' names and e-mails in the Django admin. The custom UserAdmin shows is_superuser, is_staff and groups in the same fieldset to every editor, so any support agent can tick is_superuser on their own account.
# ---
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from accounts.models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "email", "first_name", "last_name", "is_active")
    search_fields = ("username", "email", "last_name")
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("Contact", {"fields": ("first_name", "last_name", "email", "phone")}),
        ("Access", {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),  #@vuln
    )
