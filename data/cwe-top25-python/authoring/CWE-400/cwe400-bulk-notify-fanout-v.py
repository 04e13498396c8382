# ---
# id: cwe400-bulk-notify-fanout-v
# cwe: CWE-400
# vulnerable: true
# twin: none
# tags: django, celery
# explanation: A team-admin endpoint queues one Celery e-mail task per entry of the posted recipients list and limits neither the list's length nor repeats. A single 2 MB request that repeats a member's id a few hundred thousand times queues that many e-mails, flooding the broker and the mail workers and delaying every other job.
# ---
import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from notifications.tasks import send_team_email


@require_POST
@login_required
def notify_members(request, team_id):
    team = request.user.teams.get(pk=team_id)
    payload = json.loads(request.body)
    subject = str(payload.get("subject", ""))[:120]
    body = str(payload.get("body", ""))[:5000]
    member_ids = set(team.members.values_list("id", flat=True))
    queued = 0
    for user_id in payload.get("recipients", []):  #@vuln
        if user_id in member_ids:
            send_team_email.delay(team.pk, user_id, subject, body)
            queued += 1
    return JsonResponse({"queued": queued})
