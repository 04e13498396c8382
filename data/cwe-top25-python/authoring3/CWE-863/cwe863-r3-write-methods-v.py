# ---
# id: cwe863-r3-write-methods-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-r3-write-methods-f
# tags: django
# explanation: Class-based view mixin that requires the change permission only for POST. The same view also handles PUT and DELETE, which skip the check entirely, so a read-only user can modify or delete records with those methods.
# ---
from django.core.exceptions import PermissionDenied


class ChangePermissionMixin:
    permission = "catalog.change_product"

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST" and not request.user.has_perm(self.permission):  #@vuln
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
