# ---
# id: cwe352-r3-require-post-default-middleware-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: django
# explanation: The leave-team view only changes state on POST (require_POST) and is not exempted, so Django's CsrfViewMiddleware enforces the CSRF token on it; a cross-site request has no valid token and gets 403.
# ---
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST


@login_required
@require_POST
def leave_team(request, team_id):
    membership = get_object_or_404(request.user.memberships, team_id=team_id)
    if membership.role == "owner":
        return redirect("team-detail", team_id=team_id)
    membership.delete()
    return redirect("dashboard")
