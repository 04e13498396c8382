# ---
# id: cwe352-r3-api-key-exempt-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: django
# explanation: The metrics push endpoint is csrf_exempt but authenticates only with an API key in the Authorization header looked up per request; browsers never attach that header automatically, so a cross-site page cannot make an authenticated call.
# ---
import json

from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def push_metrics(request):
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("ApiKey "):
        return HttpResponse(status=401)
    key = ApiKey.objects.filter(key_hash=hash_key(auth[7:]), active=True).first()
    if key is None:
        return HttpResponse(status=401)
    samples = json.loads(request.body)
    stored = key.project.store_samples(samples)
    return JsonResponse({"stored": stored})
