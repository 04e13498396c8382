# ---
# id: cwe918-pdfkit-url-v
# cwe: CWE-918
# vulnerable: true
# twin: none
# tags: django, pdfkit, wkhtmltopdf
# explanation: An invoice tool converts a URL to PDF with pdfkit.from_url, which makes wkhtmltopdf on the server load the page and its resources. The URL is the "source" form field, so users can render internal admin pages or file:// paths into a downloadable PDF.
# ---
import pdfkit
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST


@login_required
@require_POST
def url_to_pdf(request):
    source = request.POST.get("source", "")
    if not source:
        return HttpResponseBadRequest("source URL required")
    pdf = pdfkit.from_url(source, False, options={"quiet": "", "page-size": "A4"})  #@vuln
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="page.pdf"'
    return response
