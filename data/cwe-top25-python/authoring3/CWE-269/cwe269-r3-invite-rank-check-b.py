# ---
# id: cwe269-r3-invite-rank-check-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: django
# explanation: Team role change: the caller must hold a role at least as high as both the member's current role and the requested one, and the last owner cannot be demoted.
# ---
from django.core.exceptions import PermissionDenied, ValidationError

RANK = {"viewer": 0, "editor": 1, "admin": 2, "owner": 3}


def change_member_role(actor, membership, new_role):
    if new_role not in RANK:
        raise ValidationError("unknown role")
    mine = RANK[actor.role_in(membership.team)]
    if mine < RANK[membership.role] or mine < RANK[new_role]:
        raise PermissionDenied
    if membership.role == "owner" and new_role != "owner" and membership.team.owners().count() == 1:
        raise ValidationError("a team needs an owner")
    membership.role = new_role
    membership.save(update_fields=["role"])
