# ---
# id: cwe306-drf-payroll-no-auth-v
# cwe: CWE-306
# vulnerable: true
# twin: none
# tags: django, djangorestframework
# explanation: The payroll-run endpoint sets empty authentication_classes and permission_classes (copied from a health-check view), which turns off DRF's global authentication for it. Anyone can trigger a payroll run that pays out all salaries for the given period.
# ---
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from payroll.models import PayPeriod
from payroll.tasks import execute_payroll


class PayrollRunSerializer(serializers.Serializer):
    period = serializers.SlugRelatedField(slug_field="code", queryset=PayPeriod.objects.filter(closed=False))
    dry_run = serializers.BooleanField(default=False)


class PayrollRunView(APIView):
    authentication_classes = []  #@vuln
    permission_classes = []  #@vuln

    def post(self, request):
        ser = PayrollRunSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        job = execute_payroll.delay(ser.validated_data["period"].pk, dry_run=ser.validated_data["dry_run"])
        return Response({"job": job.id}, status=status.HTTP_202_ACCEPTED)
