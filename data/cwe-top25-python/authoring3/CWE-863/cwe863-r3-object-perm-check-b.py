# ---
# id: cwe863-r3-object-perm-check-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: django
# explanation: Edit view that allows editing when the user is the article's author or has the global change permission, evaluated on the loaded object for every method.
# ---
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render, redirect


def edit_article(request, slug):
    article = get_object_or_404(Article, slug=slug)
    if article.author_id != request.user.id and not request.user.has_perm("news.change_article"):
        raise PermissionDenied
    form = ArticleForm(request.POST or None, instance=article)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect(article)
    return render(request, "news/edit.html", {"form": form})
