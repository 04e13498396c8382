# ---
# id: cwe352-follow-user-get-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-follow-user-get-f
# tags: django
# explanation: In this Django social app the follow and unfollow views change data but are restricted to GET. Django's CsrfViewMiddleware does not check GET requests, so any page can embed the URL and make a logged-in visitor follow an arbitrary account.
# ---
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_GET

from .models import Follow

User = get_user_model()


@login_required
@require_GET  #@vuln
def toggle_follow(request, username):
    target = get_object_or_404(User, username=username, is_active=True)
    if target == request.user:
        return redirect("profile", username=username)
    follow, created = Follow.objects.get_or_create(follower=request.user, followee=target)
    if not created:
        follow.delete()
    return redirect("profile", username=username)
