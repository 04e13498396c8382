# ---
# id: cwe269-invite-role-param-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-invite-role-param-f
# tags: django
# explanation: When a user accepts a team invitation, the membership role is taken from the `role` query parameter of the invitation link instead of from the invitation record. The invitee can edit the link to role=owner and join the team with full ownership rights.
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
    role = request.GET.get("role", invitation.role)  #@vuln
    with transaction.atomic():
        Membership.objects.update_or_create(
            team=invitation.team, user=request.user, defaults={"role": role}  #@vuln
        )
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["accepted_at"])
    return redirect("teams:home", slug=invitation.team.slug)
