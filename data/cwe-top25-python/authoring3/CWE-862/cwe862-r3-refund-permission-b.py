# ---
# id: cwe862-r3-refund-permission-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: django
# explanation: Refund action protected by permission_required on a specific model permission, so only staff who were granted it can issue refunds; the order is loaded by id because staff act on any customer's order.
# ---
from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST


@require_POST
@permission_required("billing.issue_refund", raise_exception=True)
def issue_refund(request, order_id):
    order = get_object_or_404(Order, pk=order_id)
    amount = order.refundable_amount()
    refund = order.refunds.create(amount=amount, issued_by=request.user)
    return JsonResponse({"refund": refund.pk, "amount": str(amount)})
