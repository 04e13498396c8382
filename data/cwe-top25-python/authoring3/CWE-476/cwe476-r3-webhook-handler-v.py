# ---
# id: cwe476-r3-webhook-handler-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-r3-webhook-handler-f
# tags: django, webhook
# explanation: The webhook view dispatches on the event type sent by the remote service with dict.get and immediately calls .handle on the result. An event type with no registered handler yields None and the view raises, so any unknown event makes the endpoint error out and the sender keeps retrying.
# ---
import json

from django.http import JsonResponse


class WebhookView:
    handlers = {}

    def post(self, request):
        self.verify_signature(request)
        event = json.loads(request.body)
        handler = self.handlers.get(event.get("type"))
        result = handler.handle(event.get("data", {}))  #@vuln
        return JsonResponse({"ok": True, "result": result})
