# ---
# id: cwe89-rawsql-annotate-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-rawsql-annotate-f
# tags: django, django-rest-framework
# explanation: A REST view annotates each project with a count of issues carrying a label chosen by the client, building the RawSQL expression with an f-string. RawSQL inserts its text verbatim, so the label parameter can inject a subquery into the generated SELECT.
# ---
from django.db.models.expressions import RawSQL
from rest_framework.response import Response
from rest_framework.views import APIView

from tracker.models import Project


class ProjectLabelCounts(APIView):
    def get(self, request):
        label = request.query_params.get("label", "bug")
        counter = RawSQL(
            f"SELECT COUNT(*) FROM tracker_issue i WHERE i.project_id = tracker_project.id AND i.label = '{label}'",  #@vuln
            (),
        )
        projects = Project.objects.filter(members=request.user).annotate(label_count=counter)
        return Response([{"project": p.name, "count": p.label_count} for p in projects])
