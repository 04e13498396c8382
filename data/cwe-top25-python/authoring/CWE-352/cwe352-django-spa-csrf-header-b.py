# ---
# id: cwe352-django-spa-csrf-header-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: django, json
# explanation: A single-page app posts JSON to this Django view using the session cookie. The view is not exempt, so CsrfViewMiddleware requires the X-CSRFToken header, and ensure_csrf_cookie on the bootstrap view gives the SPA the token; cross-site pages cannot read that cookie to forge the header.
# ---
import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_POST

from boards.models import Card


@require_GET
@ensure_csrf_cookie
@login_required
def bootstrap(request):
    return JsonResponse({"user": request.user.username})


@require_POST
@login_required
def move_card(request, card_id):
    try:
        payload = json.loads(request.body)
        column = int(payload["column"])
    except (ValueError, KeyError, TypeError):
        return HttpResponseBadRequest("column required")
    card = Card.objects.get(pk=card_id, board__members=request.user)
    card.column = column
    card.save(update_fields=["column"])
    return JsonResponse({"id": card.pk, "column": column})
