# ---
# id: cwe79-django-httpresponse-v
# cwe: CWE-79
# vulnerable: true
# twin: none
# tags: django
# explanation: A Django unsubscribe endpoint returns an HttpResponse whose HTML includes the `email` query parameter verbatim when the address is unknown. HttpResponse does no escaping, so a link with markup in `email` produces reflected script on the newsletter domain.
# ---
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_GET

from newsletter.models import Subscriber


@require_GET
def unsubscribe(request):
    email = request.GET.get("email", "").strip().lower()
    token = request.GET.get("t", "")
    if not email or not token:
        return HttpResponseBadRequest("Missing parameters")

    sub = Subscriber.objects.filter(email=email, unsubscribe_token=token).first()
    if sub is None:
        return HttpResponse(
            f"<p>No subscription found for <em>{email}</em>.</p>",  #@vuln
            status=404,
        )
    sub.active = False
    sub.save(update_fields=["active"])
    return HttpResponse("<p>You have been unsubscribed.</p>")
