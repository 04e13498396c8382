# ---
# id: cwe862-graphene-order-resolver-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-graphene-order-resolver-f
# tags: django, graphene, graphene-django
# explanation: The GraphQL `order(id)` resolver requires an authenticated user but returns any order by primary key. Any customer can query other customers' orders, including shipping addresses and payment summaries, by enumerating ids.
# ---
import graphene
from graphene_django import DjangoObjectType
from graphql import GraphQLError

from shop.models import Order


class OrderType(DjangoObjectType):
    class Meta:
        model = Order
        fields = ("id", "number", "status", "total", "shipping_address", "created_at")


class Query(graphene.ObjectType):
    order = graphene.Field(OrderType, id=graphene.ID(required=True))
    my_orders = graphene.List(OrderType)

    def resolve_order(root, info, id):
        user = info.context.user
        if not user.is_authenticated:
            raise GraphQLError("login required")
        return Order.objects.filter(pk=id).first()  #@vuln

    def resolve_my_orders(root, info):
        user = info.context.user
        if not user.is_authenticated:
            raise GraphQLError("login required")
        return Order.objects.filter(customer=user).order_by("-created_at")[:50]


schema = graphene.Schema(query=Query)
