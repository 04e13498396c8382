# ---
# id: cwe306-r3-superuser-view-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: django
# explanation: Django view that flushes caches, guarded by login_required and user_passes_test requiring a superuser.
# ---
from django.contrib.auth.decorators import login_required, user_passes_test
from django.core.cache import caches
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
@login_required
@user_passes_test(lambda u: u.is_superuser)
def flush_caches(request):
    flushed = []
    for alias in ("default", "sessions_extra"):
        caches[alias].clear()
        flushed.append(alias)
    return JsonResponse({"flushed": flushed})
