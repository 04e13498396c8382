# ---
# id: cwe863-role-header-django-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-role-header-django-f
# tags: django
# explanation: A Django view for a hospital rota lets managers publish the next week's schedule. The user is authenticated by session, but the manager check reads the role from an X-User-Role request header that the browser's JavaScript sets, so any nurse can send "manager" and publish schedules.
# ---
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.http import require_POST

from rota.models import Schedule
from rota.notify import notify_staff

MANAGER_ROLES = {"manager", "head_nurse"}


def acting_role(request):
    return request.headers.get("X-User-Role", "staff").lower()  #@vuln


@login_required
@require_POST
def publish_schedule(request, schedule_id):
    if acting_role(request) not in MANAGER_ROLES:
        return HttpResponseForbidden("managers only")
    schedule = Schedule.objects.get(pk=schedule_id, ward=request.user.profile.ward)
    schedule.published = True
    schedule.published_by = request.user
    schedule.save(update_fields=["published", "published_by"])
    notify_staff(schedule)
    return JsonResponse({"published": schedule.pk})
