# ---
# id: cwe269-temp-superuser-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-temp-superuser-f
# tags: django
# explanation: To let a regular user import a shared catalogue, the view temporarily saves is_superuser=True on their account and sets it back afterwards. If the import raises (a malformed file is enough), the reset line is never reached and the user keeps superuser rights permanently.
# ---
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from catalog.importer import import_catalogue


@login_required
@require_POST
def import_shared_catalogue(request):
    user = request.user
    user.is_superuser = True  #@vuln
    user.save(update_fields=["is_superuser"])  #@vuln
    import_catalogue(request.FILES["catalogue"], acting_user=user)
    user.is_superuser = False
    user.save(update_fields=["is_superuser"])
    return redirect("catalog:index")
