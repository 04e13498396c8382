# ---
# id: cwe918-host-health-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-host-health-v
# tags: django, requests, django-rest-framework, ipaddress
# explanation: The health check now resolves the host and refuses it unless every address is globally routable, restricts the port to 80/443/8080, and turns off redirects. The feature still checks customers' public services but can no longer reach internal networks.
# ---
import ipaddress
import socket

import requests
from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response


class HealthTarget(serializers.Serializer):
    host = serializers.CharField(max_length=253)
    port = serializers.ChoiceField(choices=[80, 443, 8080], default=80)

    def validate_host(self, value):
        try:
            infos = socket.getaddrinfo(value, None)
        except socket.gaierror:
            raise serializers.ValidationError("host does not resolve")
        if not all(ipaddress.ip_address(i[4][0]).is_global for i in infos):
            raise serializers.ValidationError("host must be publicly reachable")
        return value


@api_view(["POST"])
def check_health(request):
    target = HealthTarget(data=request.data)
    target.is_valid(raise_exception=True)
    host, port = target.validated_data["host"], target.validated_data["port"]
    try:
        resp = requests.get(f"http://{host}:{port}/health", timeout=3, allow_redirects=False)
    except requests.RequestException as exc:
        return Response({"up": False, "reason": type(exc).__name__})
    return Response({"up": resp.ok, "status": resp.status_code, "body": resp.text[:500]})
