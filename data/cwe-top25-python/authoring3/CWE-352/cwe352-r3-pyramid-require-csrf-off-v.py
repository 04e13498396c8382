# ---
# id: cwe352-r3-pyramid-require-csrf-off-v
# cwe: CWE-352
# vulnerable: true
# twin: none
# tags: pyramid
# explanation: The Pyramid view that changes the account's notification email is authenticated through the auth-ticket cookie but is registered with require_csrf=False, so a cross-site form post changes where the victim's password-reset and alert mails go.
# ---
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config


@view_config(route_name="account_email", request_method="POST",
             permission="edit", require_csrf=False)  #@vuln
def change_email(request):
    new_email = request.POST.get("email", "").strip()
    if "@" not in new_email:
        request.session.flash("Enter a valid address")
        return HTTPFound(location=request.route_url("account"))
    request.user.email = new_email
    request.session.flash("Email updated")
    return HTTPFound(location=request.route_url("account"))
