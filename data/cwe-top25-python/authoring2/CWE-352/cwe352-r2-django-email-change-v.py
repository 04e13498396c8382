# ---
# id: cwe352-r2-django-email-change-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-r2-django-email-change-f
# tags: django, views
# explanation: A Django class-based view changes the signed-in user's e-mail address on POST, authenticated only by the session cookie, and is wrapped in csrf_exempt at dispatch. Any site the victim visits can auto-submit a form to this URL and change the account's e-mail to one the other party controls, then use password reset to take over the account.
# ---
import logging

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from accounts.models import EmailChangeLog
from accounts.notifications import send_address_changed

logger = logging.getLogger(__name__)


def normalise_email(value):
    local, _, domain = value.strip().rpartition("@")
    return f"{local}@{domain.lower()}" if local else value.strip()


@method_decorator(csrf_exempt, name="dispatch")  #@vuln
class ChangeEmailView(LoginRequiredMixin, View):
    template_name = "accounts/change_email.html"

    def get(self, request):
        return render(request, self.template_name, {"current": request.user.email})

    def post(self, request):
        new_email = normalise_email(request.POST.get("email", ""))
        try:
            validate_email(new_email)
        except ValidationError:
            messages.error(request, "Enter a valid e-mail address.")
            return render(request, self.template_name, {"current": request.user.email}, status=400)
        old_email = request.user.email
        if new_email == old_email:
            messages.info(request, "That is already your address.")
            return redirect("accounts:profile")
        request.user.email = new_email
        request.user.save(update_fields=["email"])
        EmailChangeLog.objects.create(user=request.user, old=old_email, new=new_email)
        send_address_changed(old_email, request.user)
        logger.info("user %s changed e-mail", request.user.pk)
        messages.success(request, "Your e-mail address was updated.")
        return redirect("accounts:profile")
