# ---
# id: cwe77-r2-sendmail-invite-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-r2-sendmail-invite-v
# tags: django, sendmail, subprocess
# explanation: deliver() now puts '--' before the recipient, which ends sendmail's option parsing, so whatever the invitee field holds is taken as an address and never as an option like -X or -C; the form field is also an EmailField, so malformed addresses are rejected before anything is sent.
# ---
import logging
import subprocess
from email.message import EmailMessage

from django import forms
from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.views.generic import FormView

from teams.models import Invitation

log = logging.getLogger(__name__)

SENDMAIL = "/usr/sbin/sendmail"


class InviteForm(forms.Form):
    invitee = forms.EmailField(max_length=254)
    note = forms.CharField(widget=forms.Textarea, required=False, max_length=1000)


def build_message(team, inviter, invitee: str, note: str, link: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.DEFAULT_FROM_EMAIL
    msg["To"] = invitee
    msg["Subject"] = f"{inviter.get_full_name()} invited you to {team.name}"
    msg.set_content(f"{note}\n\nAccept the invitation: {link}\n" if note else f"Accept the invitation: {link}\n")
    return msg


def deliver(msg: EmailMessage, recipient: str) -> None:
    cmd = [SENDMAIL, "-i", "-f", settings.DEFAULT_FROM_EMAIL, "--", recipient]
    proc = subprocess.run(cmd, input=msg.as_bytes(), capture_output=True, timeout=30)
    if proc.returncode != 0:
        raise RuntimeError(f"sendmail exited {proc.returncode}: {proc.stderr[:200]!r}")


class InviteView(LoginRequiredMixin, FormView):
    form_class = InviteForm
    template_name = "teams/invite.html"
    success_url = reverse_lazy("teams:members")

    def form_valid(self, form):
        team = self.request.user.team
        invitee = form.cleaned_data["invitee"].strip()
        invitation = Invitation.objects.create(team=team, email=invitee, invited_by=self.request.user)
        link = self.request.build_absolute_uri(invitation.get_absolute_url())
        msg = build_message(team, self.request.user, invitee, form.cleaned_data["note"], link)
        deliver(msg, invitee)
        log.info("user %s invited %s to team %s", self.request.user.pk, invitee, team.pk)
        return super().form_valid(form)
