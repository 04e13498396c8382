# ---
# id: cwe862-drf-notes-queryset-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-drf-notes-queryset-f
# tags: django, djangorestframework
# explanation: This DRF ModelViewSet for private journal notes only requires IsAuthenticated and uses Note.objects.all() as its queryset, so list, retrieve, update and destroy operate on every user's notes. Any logged-in user can read and edit everyone's journal.
# ---
from rest_framework import permissions, viewsets
from rest_framework.pagination import CursorPagination

from journal.models import Note
from journal.serializers import NoteSerializer


class NotePagination(CursorPagination):
    ordering = "-created_at"
    page_size = 50


class NoteViewSet(viewsets.ModelViewSet):
    serializer_class = NoteSerializer
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = NotePagination
    queryset = Note.objects.all()  #@vuln

    def perform_create(self, serializer):
        serializer.save(author=self.request.user)
