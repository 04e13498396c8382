# ---
# id: cwe79-r3-json-autocomplete-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: django
# explanation: An autocomplete endpoint echoes the search term back, but in a JsonResponse (application/json); browsers do not render it as HTML and the client inserts results as text, so reflecting the term is not script injection.
# ---
from django.http import JsonResponse


def autocomplete(request):
    term = request.GET.get("term", "")
    names = list(
        City.objects.filter(name__istartswith=term).values_list("name", flat=True)[:10]
    )
    return JsonResponse({"term": term, "results": names})
