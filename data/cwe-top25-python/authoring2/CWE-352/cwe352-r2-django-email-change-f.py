# ---
# id: cwe352-r2-django-email-change-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-r2-django-email-change-v
# tags: django, views
# explanation: The e-mail change view no longer opts out of CSRF checking, so CsrfViewMiddleware requires the per-session csrf token (sent by the template form) on every POST. A cross-site form cannot supply that token, so it is rejected with 403 before the address changes.
# ---
import logging

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.shortcuts import redirect, render
from django.views import View

from accounts.models import EmailChangeLog
from accounts.notifications import send_address_changed

logger = logging.getLogger(__name__)


def normalise_email(value):
    local, _, domain = value.strip().rpartition("@")
    return f"{local}@{domain.lower()}" if local else value.strip()


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
