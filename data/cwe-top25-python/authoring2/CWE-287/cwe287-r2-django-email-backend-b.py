# ---
# id: cwe287-r2-django-email-backend-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: django
# explanation: A Django authentication backend lets members log in with their e-mail address instead of a user name. It looks the user up case-insensitively, runs check_password against the stored hash (and runs the hasher once for unknown e-mails to keep timing similar) and honours is_active via user_can_authenticate, so a login needs the correct password.
# ---
import logging
from typing import Optional

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import MultipleObjectsReturned
from django.core.validators import validate_email
from django.core.exceptions import ValidationError

log = logging.getLogger("accounts.auth")
UserModel = get_user_model()


def normalise_email(raw: str) -> Optional[str]:
    value = (raw or "").strip()
    try:
        validate_email(value)
    except ValidationError:
        return None
    local, _, domain = value.rpartition("@")
    return f"{local}@{domain.lower()}"


class EmailBackend(ModelBackend):
    """Log in with e-mail + password."""

    def authenticate(self, request, username=None, password=None, email=None, **kwargs):
        address = normalise_email(email or username)
        if address is None or not password:
            return None
        try:
            user = UserModel._default_manager.get(email__iexact=address)
        except UserModel.DoesNotExist:
            UserModel().set_password(password)
            return None
        except MultipleObjectsReturned:
            log.error("several accounts share %s", address)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        log.info("bad password for account %s", user.pk)
        return None

    def get_user(self, user_id):
        try:
            user = UserModel._default_manager.get(pk=user_id)
        except UserModel.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
