# ---
# id: cwe79-r3-format-html-user-link-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: django
# explanation: Builds a link to a user profile with django.utils.html.format_html, which escapes every argument (the user-chosen full name and username) before inserting it; the result is marked safe only after escaping.
# ---
from django.utils.html import format_html


def user_link(user):
    return format_html(
        '<a href="/u/{}/" title="{}">{}</a>',
        user.pk,
        user.get_full_name(),
        user.username,
    )
