# ---
# id: cwe79-r3-tag-cloud-list-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-r3-tag-cloud-list-f
# tags: django
# explanation: A view renders the tags listed in the query string as an HTML list. The tag values are placed into the markup with % formatting and returned in an HttpResponse, which bypasses template autoescaping, so ?tag=<script>...</script> is reflected as script.
# ---
from django.http import HttpResponse


def tag_cloud(request):
    """Render the tags named in the query string as a list fragment."""
    tags = request.GET.getlist("tag")
    items = "".join('<li class="tag">%s</li>' % t for t in tags)  #@vuln
    return HttpResponse("<ul>%s</ul>" % items)
