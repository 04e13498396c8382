# ---
# id: cwe918-host-health-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-host-health-f
# tags: django, requests, django-rest-framework
# explanation: A status-page product checks "your service" health by building http://{host}:{port}/health from values in the request body and reporting the response. Because host and port are free-form, customers can probe and read from internal-only services next to the status-page servers.
# ---
import requests
from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response


class HealthTarget(serializers.Serializer):
    host = serializers.CharField(max_length=253)
    port = serializers.IntegerField(min_value=1, max_value=65535, default=80)


@api_view(["POST"])
def check_health(request):
    target = HealthTarget(data=request.data)
    target.is_valid(raise_exception=True)
    host, port = target.validated_data["host"], target.validated_data["port"]
    try:
        resp = requests.get(f"http://{host}:{port}/health", timeout=3)  #@vuln
    except requests.RequestException as exc:
        return Response({"up": False, "reason": type(exc).__name__})
    return Response({"up": resp.ok, "status": resp.status_code, "body": resp.text[:500]})
