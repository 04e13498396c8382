# ---
# id: cwe269-temp-superuser-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-temp-superuser-v
# tags: django
# explanation: The import no longer elevates the user at all: it runs under a dedicated service account that holds only the catalogue import permissions, and the requesting user is recorded separately, so no privilege is granted to the user even temporarily.
# ---
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from catalog.importer import import_catalogue


@login_required
@require_POST
def import_shared_catalogue(request):
    user = request.user
    importer = get_user_model().objects.get(username="catalogue-importer")
    import_catalogue(request.FILES["catalogue"], acting_user=importer, requested_by=user)
    return redirect("catalog:index")
