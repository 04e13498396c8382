# ---
# id: cwe287-reset-token-fallback-v
# cwe: CWE-287
# vulnerable: true
# twin: none
# tags: django
# explanation: A custom Django authentication backend accepts either the real password or the user's current one-time reset code. The reset_code column is an empty string for every user who has not requested a reset, so submitting an empty password logs in as any such user.
# ---
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class PasswordOrResetCodeBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        User = get_user_model()
        try:
            user = User.objects.get(username__iexact=username)
        except User.DoesNotExist:
            User().set_password(password or "")
            return None
        if not self.user_can_authenticate(user):
            return None
        if user.check_password(password) or password == user.profile.reset_code:  #@vuln
            user.profile.reset_code = ""
            user.profile.save(update_fields=["reset_code"])
            return user
        return None
