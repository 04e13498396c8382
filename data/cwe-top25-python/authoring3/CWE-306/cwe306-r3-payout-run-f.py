# ---
# id: cwe306-r3-payout-run-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-r3-payout-run-v
# tags: djangorestframework
# explanation: The payout view now uses the project's default authentication classes and requires an authenticated admin user (IsAdminUser), so anonymous clients are refused.
# ---
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView


class RunPayouts(APIView):
    permission_classes = [IsAdminUser]

    def post(self, request):
        period = request.data.get("period")
        batch = payouts.start_batch(period=period)
        return Response({"batch": batch.id, "sellers": batch.seller_count}, status=202)
