# ---
# id: cwe352-cart-json-exempt-v
# cwe: CWE-352
# vulnerable: true
# twin: none
# tags: django, json
# explanation: A Django endpoint that adds a saved payment method to the logged-in user's account is csrf_exempt because the front end posts JSON. Browsers can send a cross-site POST with a text/plain body that json.loads accepts, together with the session cookie, so another site can attach its own card details to the victim's account.
# ---
import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from payments.models import PaymentMethod
from payments.vault import tokenize_card


@csrf_exempt  #@vuln
@login_required
@require_POST
def add_payment_method(request):
    try:
        data = json.loads(request.body)
        card = {k: str(data[k]) for k in ("number", "exp_month", "exp_year", "cvc")}
    except (ValueError, KeyError):
        return HttpResponseBadRequest("invalid card payload")
    vault_token = tokenize_card(card)
    method = PaymentMethod.objects.create(
        user=request.user, vault_token=vault_token, last4=card["number"][-4:], default=True
    )
    return JsonResponse({"id": method.pk, "last4": method.last4})
