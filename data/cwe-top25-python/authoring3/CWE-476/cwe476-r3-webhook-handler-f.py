# ---
# id: cwe476-r3-webhook-handler-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-r3-webhook-handler-v
# tags: django, webhook
# explanation: Events without a registered handler are acknowledged and ignored before .handle is called, so the None from dict.get is never dereferenced.
# ---
import json

from django.http import JsonResponse


class WebhookView:
    handlers = {}

    def post(self, request):
        self.verify_signature(request)
        event = json.loads(request.body)
        handler = self.handlers.get(event.get("type"))
        if handler is None:
            return JsonResponse({"ok": True, "ignored": True})
        result = handler.handle(event.get("data", {}))
        return JsonResponse({"ok": True, "result": result})
