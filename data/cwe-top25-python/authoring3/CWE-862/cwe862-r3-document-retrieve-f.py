# ---
# id: cwe862-r3-document-retrieve-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-r3-document-retrieve-v
# tags: djangorestframework
# explanation: The lookup now includes owner=request.user, so a document belonging to someone else is a 404 for the caller.
# ---
from rest_framework.views import APIView
from rest_framework.response import Response
from rest_framework.permissions import IsAuthenticated
from django.shortcuts import get_object_or_404


class DocumentDetail(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request, pk):
        doc = get_object_or_404(Document, pk=pk, owner=request.user)
        return Response(DocumentSerializer(doc).data)
