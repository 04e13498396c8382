# ---
# id: cwe287-r3-remote-user-header-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-r3-remote-user-header-v
# tags: django
# explanation: The middleware now reads REMOTE_USER, the WSGI variable set by the front web server after it authenticated the user, instead of a client-supplied HTTP header, so clients cannot choose their identity.
# ---
from django.contrib import auth


class HeaderLoginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        username = request.META.get("REMOTE_USER")
        if username and not request.user.is_authenticated:
            user = auth.authenticate(request, remote_user=username)
            if user is not None:
                auth.login(request, user)
        return self.get_response(request)
