# ---
# id: cwe400-django-json-body-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: django
# explanation: A Django view parses request.body with json.loads, which can look like an unbounded read, but Django enforces DATA_UPLOAD_MAX_MEMORY_SIZE (left at its 2.5 MB default in these settings) when request.body is accessed and raises RequestDataTooBig beyond it; the number of items processed is capped as well.
# ---
import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from tasks.models import Task


@require_POST
@login_required
def reorder_tasks(request, board_id):
    try:
        payload = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid JSON")
    order = payload.get("order", [])
    if not isinstance(order, list) or len(order) > 500:
        return HttpResponseBadRequest("order must be a list of at most 500 task ids")
    tasks = {t.pk: t for t in Task.objects.filter(board_id=board_id, board__members=request.user)}
    for position, task_id in enumerate(order):
        task = tasks.get(task_id)
        if task is not None:
            task.position = position
    Task.objects.bulk_update(tasks.values(), ["position"])
    return JsonResponse({"updated": len(tasks)})
