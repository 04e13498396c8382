# ---
# id: cwe400-category-tree-depth-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-category-tree-depth-f
# tags: django
# explanation: A catalogue endpoint builds a nested category tree down to a depth taken from the query string, querying the database at every node. The depth is unbounded, so depth=5000 causes a query storm across the whole catalogue and deep recursion that ties up the worker and the database.
# ---
from django.http import JsonResponse
from django.views import View

from catalog.models import Category


def build_tree(category, depth):
    node = {"id": category.pk, "name": category.name}
    if depth > 0:
        node["children"] = [
            build_tree(child, depth - 1)
            for child in Category.objects.filter(parent=category).order_by("name")
        ]
    return node


class CategoryTreeView(View):
    def get(self, request, root_id):
        root = Category.objects.get(pk=root_id)
        depth = int(request.GET.get("depth", 3))  #@vuln
        return JsonResponse(build_tree(root, depth))
