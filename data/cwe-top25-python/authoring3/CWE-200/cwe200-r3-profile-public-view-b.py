# ---
# id: cwe200-r3-profile-public-view-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: django
# explanation: Profile view that renders a whitelisted dict of public attributes; the email is only shown to the profile's owner.
# ---
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.contrib.auth import get_user_model


def profile_json(request, username):
    user = get_object_or_404(get_user_model(), username=username, is_active=True)
    data = {
        "username": user.username,
        "name": user.get_full_name(),
        "joined": user.date_joined.date().isoformat(),
    }
    if request.user.is_authenticated and request.user.pk == user.pk:
        data["email"] = user.email
    return JsonResponse(data)
