# ---
# id: cwe94-blocklist-eval-v
# cwe: CWE-94
# vulnerable: true
# twin: none
# tags: django, eval
# explanation: A dashboard widget evaluates a metric expression typed by users after rejecting text containing "__" or "import". The blocklist is not a sandbox: builtins remain available, so "open('/etc/passwd').read()" or "exec(bytes.fromhex('...'))" still executes arbitrary code.
# ---
import statistics

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from dashboards.metrics import load_series

BLOCKED = ("__", "import", "lambda")


def evaluate(expression: str, series: dict):
    if any(word in expression for word in BLOCKED):
        raise ValueError("expression not allowed")
    scope = {"mean": statistics.fmean, "median": statistics.median, **series}
    return eval(expression, scope)  #@vuln


@login_required
def widget_value(request, widget_id):
    expression = request.GET.get("expr", "mean(latency)")
    series = load_series(widget_id, ["latency", "errors", "requests"])
    try:
        value = evaluate(expression, series)
    except ValueError:
        return JsonResponse({"error": "invalid expression"}, status=400)
    return JsonResponse({"value": value})
