# ---
# id: cwe352-follow-user-get-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-follow-user-get-v
# tags: django
# explanation: The follow toggle now only accepts POST, so Django's CsrfViewMiddleware requires the csrfmiddlewaretoken from the profile page's form; links and images on other sites cannot change who the user follows.
# ---
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from .models import Follow

User = get_user_model()


@login_required
@require_POST
def toggle_follow(request, username):
    target = get_object_or_404(User, username=username, is_active=True)
    if target == request.user:
        return redirect("profile", username=username)
    follow, created = Follow.objects.get_or_create(follower=request.user, followee=target)
    if not created:
        follow.delete()
    return redirect("profile", username=username)
