# ---
# id: cwe862-kyc-document-serve-v
# cwe: CWE-862
# vulnerable: true
# twin: none
# tags: django
# explanation: Identity documents uploaded for know-your-customer checks are served through a Django view that only requires login and looks the document up by its UUID from the URL. No check ties the document to the requesting customer (or to compliance staff), so any customer who obtains or guesses another document's link can download someone else's passport scan.
# ---
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from compliance.models import IdentityDocument


@login_required
def identity_document(request, doc_uuid):
    try:
        doc = IdentityDocument.objects.get(uuid=doc_uuid)  #@vuln
    except IdentityDocument.DoesNotExist:
        raise Http404
    doc.access_events.create(viewer=request.user)
    return FileResponse(doc.scan.open("rb"), content_type=doc.content_type, as_attachment=False)
