# ---
# id: cwe287-django-email-backend-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: django
# explanation: A custom Django backend lets users sign in with their e-mail address; it still requires user.check_password to succeed and user_can_authenticate (active account), and runs the hasher for unknown e-mails to keep timing uniform, so it authenticates exactly as the stock ModelBackend does.
# ---
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class EmailBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        email = kwargs.get("email", username)
        if not email or not password:
            return None
        User = get_user_model()
        try:
            user = User.objects.get(email__iexact=email.strip())
        except User.DoesNotExist:
            User().set_password(password)
            return None
        except User.MultipleObjectsReturned:
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
