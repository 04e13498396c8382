# ---
# id: cwe306-r3-payout-run-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-r3-payout-run-f
# tags: djangorestframework
# explanation: DRF view that starts the weekly payout run to sellers. It clears authentication_classes and sets AllowAny, so the endpoint that moves money can be triggered by any anonymous client.
# ---
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView


class RunPayouts(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]  #@vuln

    def post(self, request):
        period = request.data.get("period")
        batch = payouts.start_batch(period=period)
        return Response({"batch": batch.id, "sellers": batch.seller_count}, status=202)
