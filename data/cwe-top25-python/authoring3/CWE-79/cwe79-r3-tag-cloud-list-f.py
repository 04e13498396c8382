# ---
# id: cwe79-r3-tag-cloud-list-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-r3-tag-cloud-list-v
# tags: django
# explanation: Fixed twin: the list items are built with format_html_join, which escapes each tag value before inserting it into the format string.
# ---
from django.http import HttpResponse
from django.utils.html import format_html_join


def tag_cloud(request):
    """Render the tags named in the query string as a list fragment."""
    tags = request.GET.getlist("tag")
    items = format_html_join("", '<li class="tag">{}</li>', ((t,) for t in tags))
    return HttpResponse("<ul>%s</ul>" % items)
