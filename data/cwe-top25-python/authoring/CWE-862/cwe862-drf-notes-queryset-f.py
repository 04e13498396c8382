# ---
# id: cwe862-drf-notes-queryset-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-drf-notes-queryset-v
# tags: django, djangorestframework
# explanation: The viewset now builds its queryset in get_queryset from the requesting user's own notes, so list, retrieve, update and destroy can only ever see that user's rows; other users' note ids produce 404.
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

    def get_queryset(self):
        return Note.objects.filter(author=self.request.user)

    def perform_create(self, serializer):
        serializer.save(author=self.request.user)
