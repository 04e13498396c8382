# ---
# id: cwe352-r3-slack-signature-exempt-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: django, hmac, hashlib
# explanation: The Slack slash-command endpoint is csrf_exempt because Slack, not a browser, calls it; it authenticates each request by recomputing Slack's v0 HMAC signature over the timestamp and body and comparing it with compare_digest, and it uses no session cookie, so a forged cross-site request has nothing to ride on.
# ---
import hashlib
import hmac
import time

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def slash_command(request):
    ts = request.headers.get("X-Slack-Request-Timestamp", "0")
    if abs(time.time() - int(ts)) > 300:
        return HttpResponseForbidden()
    base = b"v0:" + ts.encode() + b":" + request.body
    digest = "v0=" + hmac.new(settings.SLACK_SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(digest, request.headers.get("X-Slack-Signature", "")):
        return HttpResponseForbidden()
    return JsonResponse({"text": run_command(request.POST.get("text", ""))})
