# ---
# id: cwe863-org-from-json-v
# cwe: CWE-863
# vulnerable: true
# twin: none
# tags: django, json
# explanation: The API key revocation view checks that the user is an admin of the organisation named in the JSON body, then revokes the key by id without confirming the key belongs to that organisation. An admin of their own small org can revoke API keys of any other organisation.
# ---
import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from orgs.models import ApiKey, OrgMembership


@login_required
@require_POST
def revoke_api_key(request):
    try:
        data = json.loads(request.body)
        org_id, key_id = int(data["org_id"]), int(data["key_id"])
    except (ValueError, KeyError, TypeError):
        return HttpResponseBadRequest("org_id and key_id are required")
    is_admin = OrgMembership.objects.filter(org_id=org_id, user=request.user, role="admin").exists()
    if not is_admin:
        return HttpResponseForbidden()
    key = get_object_or_404(ApiKey, pk=key_id)  #@vuln
    key.revoked = True
    key.save(update_fields=["revoked"])
    return JsonResponse({"revoked": key.pk})
