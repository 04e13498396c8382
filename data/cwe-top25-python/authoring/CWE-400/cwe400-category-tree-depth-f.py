# ---
# id: cwe400-category-tree-depth-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-category-tree-depth-v
# tags: django
# explanation: The category tree view now clamps the requested depth to at most 4 levels, matching the real catalogue, so the recursion and the number of queries per request stay small whatever the client sends.
# ---
from django.http import JsonResponse
from django.views import View

from catalog.models import Category

MAX_DEPTH = 4


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
        depth = min(max(int(request.GET.get("depth", 3)), 0), MAX_DEPTH)
        return JsonResponse(build_tree(root, depth))
