# ---
# id: cwe269-invite-role-param-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-invite-role-param-v
# tags: django
# explanation: The membership role now always comes from the Invitation row chosen by the team admin who sent it; the link's query string has no influence, so an invitee joins with exactly the role they were invited with.
# ---
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone

from teams.models import Invitation, Membership


@login_required
def accept_invitation(request, token):
    invitation = get_object_or_404(Invitation, token=token, accepted_at__isnull=True,
                                   expires_at__gt=timezone.now())
    if invitation.email.lower() != request.user.email.lower():
        return redirect("teams:wrong_account")
    role = invitation.role
    with transaction.atomic():
        Membership.objects.update_or_create(
            team=invitation.team, user=request.user, defaults={"role": role}
        )
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["accepted_at"])
    return redirect("teams:home", slug=invitation.team.slug)
