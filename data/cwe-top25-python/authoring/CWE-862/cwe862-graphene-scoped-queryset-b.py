# ---
# id: cwe862-graphene-scoped-queryset-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: django, graphene, graphene-django
# explanation: The graphene node type overrides get_queryset so every lookup through the schema, including relay node(id) fetches, is limited to projects where the requesting user has a membership; anonymous users get an empty queryset.
# ---
import graphene
from graphene import relay
from graphene_django import DjangoObjectType

from projects.models import Project


class ProjectNode(DjangoObjectType):
    class Meta:
        model = Project
        fields = ("id", "name", "description", "created_at")
        interfaces = (relay.Node,)

    @classmethod
    def get_queryset(cls, queryset, info):
        user = info.context.user
        if not user.is_authenticated:
            return queryset.none()
        return queryset.filter(memberships__user=user).distinct()


class Query(graphene.ObjectType):
    node = relay.Node.Field()
    projects = graphene.List(ProjectNode)

    def resolve_projects(root, info):
        return ProjectNode.get_queryset(Project.objects.all(), info)


schema = graphene.Schema(query=Query)
