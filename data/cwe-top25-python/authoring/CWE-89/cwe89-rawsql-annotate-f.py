# ---
# id: cwe89-rawsql-annotate-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-rawsql-annotate-v
# tags: django, django-rest-framework
# explanation: The RawSQL expression now contains a %s placeholder and the label is passed in RawSQL's params tuple, so Django binds it as a value instead of inserting it into the SQL text.
# ---
from django.db.models.expressions import RawSQL
from rest_framework.response import Response
from rest_framework.views import APIView

from tracker.models import Project


class ProjectLabelCounts(APIView):
    def get(self, request):
        label = request.query_params.get("label", "bug")
        counter = RawSQL(
            "SELECT COUNT(*) FROM tracker_issue i WHERE i.project_id = tracker_project.id AND i.label = %s",
            (label,),
        )
        projects = Project.objects.filter(members=request.user).annotate(label_count=counter)
        return Response([{"project": p.name, "count": p.label_count} for p in projects])
