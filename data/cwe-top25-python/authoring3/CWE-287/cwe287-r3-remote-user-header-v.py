# ---
# id: cwe287-r3-remote-user-header-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-r3-remote-user-header-f
# tags: django
# explanation: Django middleware that logs a user in from the X-Remote-User header. The header is read from request.META as sent by the client (HTTP_X_REMOTE_USER), with no check that a trusted proxy set it, so any client can send the header and be authenticated as any user.
# ---
from django.contrib import auth


class HeaderLoginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        username = request.META.get("HTTP_X_REMOTE_USER")  #@vuln
        if username and not request.user.is_authenticated:
            user = auth.authenticate(request, remote_user=username)
            if user is not None:
                auth.login(request, user)
        return self.get_response(request)
