# ---
# id: cwe863-role-header-django-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-role-header-django-v
# tags: django
# explanation: The acting role is now read from the authenticated user's server-side profile instead of a request header, so a nurse cannot claim to be a manager and only staff whose stored role is manager or head_nurse can publish the schedule.
# ---
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.http import require_POST

from rota.models import Schedule
from rota.notify import notify_staff

MANAGER_ROLES = {"manager", "head_nurse"}


def acting_role(request):
    return request.user.profile.role.lower()


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
