# ---
# id: cwe862-r3-document-retrieve-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-r3-document-retrieve-f
# tags: djangorestframework
# explanation: DRF view returning a document by primary key. Authentication is required, but the document is looked up by pk alone with no check that it belongs to the requesting user, so any user can read every other user's documents by changing the id.
# ---
from rest_framework.views import APIView
from rest_framework.response import Response
from rest_framework.permissions import IsAuthenticated
from django.shortcuts import get_object_or_404


class DocumentDetail(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request, pk):
        doc = get_object_or_404(Document, pk=pk)  #@vuln
        return Response(DocumentSerializer(doc).data)
