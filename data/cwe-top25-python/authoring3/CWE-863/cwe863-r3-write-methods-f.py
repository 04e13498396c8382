# ---
# id: cwe863-r3-write-methods-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-r3-write-methods-v
# tags: django
# explanation: The mixin now requires the change permission for every method other than the read-only ones, so PUT, PATCH and DELETE are checked too.
# ---
from django.core.exceptions import PermissionDenied


class ChangePermissionMixin:
    permission = "catalog.change_product"

    def dispatch(self, request, *args, **kwargs):
        if request.method not in ("GET", "HEAD", "OPTIONS") and not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
