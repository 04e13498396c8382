# ---
# id: cwe77-r2-sendmail-invite-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-r2-sendmail-invite-f
# tags: django, sendmail, subprocess
# explanation: A Django FormView sends team invitations by piping the message to /usr/sbin/sendmail with the invitee address as a command-line argument. No shell is used, but the address comes straight from the form's CharField, so a value like -X/var/www/app/static/log.php or -C/tmp/cf is parsed by sendmail as an option (argument injection), letting the inviter write files or load a config. The message body is built correctly.
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
    invitee = forms.CharField(max_length=254)
    note = forms.CharField(widget=forms.Textarea, required=False, max_length=1000)


def build_message(team, inviter, invitee: str, note: str, link: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.DEFAULT_FROM_EMAIL
    msg["To"] = invitee
    msg["Subject"] = f"{inviter.get_full_name()} invited you to {team.name}"
    msg.set_content(f"{note}\n\nAccept the invitation: {link}\n" if note else f"Accept the invitation: {link}\n")
    return msg


def deliver(msg: EmailMessage, recipient: str) -> None:
    cmd = [SENDMAIL, "-i", "-f", settings.DEFAULT_FROM_EMAIL, recipient]  #@vuln
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
