# ---
# id: cwe863-r3-drf-safe-methods-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: djangorestframework
# explanation: DRF permission class: read-only methods are open to authenticated users, every other method requires the object's owner; the check is on the object, not on request data.
# ---
from rest_framework.permissions import BasePermission, SAFE_METHODS


class OwnerCanWrite(BasePermission):
    message = "Only the owner can change this."

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated)

    def has_object_permission(self, request, view, obj):
        if request.method in SAFE_METHODS:
            return True
        return obj.created_by_id == request.user.id
