# ---
# id: cwe352-django-require-post-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: django
# explanation: The invitation-revoke view is a POST-only Django view under the default CsrfViewMiddleware; it has no exemption, so Django validates the csrfmiddlewaretoken before the view runs. Only members of the team's admins can revoke, and the lookup is scoped to the team.
# ---
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from teams.models import Invitation, Team


@login_required
@require_POST
def revoke_invitation(request, team_slug, invitation_id):
    team = get_object_or_404(Team, slug=team_slug)
    if not team.memberships.filter(user=request.user, role="admin").exists():
        raise PermissionDenied
    invitation = get_object_or_404(Invitation, pk=invitation_id, team=team, accepted_at__isnull=True)
    invitation.delete()
    messages.success(request, f"Invitation to {invitation.email} revoked.")
    return redirect("teams:members", team_slug=team.slug)
