# ---
# id: cwe862-comment-deleteview-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-comment-deleteview-v
# tags: django
# explanation: get_queryset now restricts the DeleteView to comments authored by the requesting user, so trying to delete someone else's comment resolves to 404 and only one's own comments can be removed.
# ---
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse
from django.views.generic import DeleteView

from articles.models import Comment


class CommentDeleteView(LoginRequiredMixin, DeleteView):
    model = Comment
    template_name = "articles/comment_confirm_delete.html"

    def get_queryset(self):
        return Comment.objects.filter(author=self.request.user)

    def get_success_url(self):
        return reverse("articles:detail", kwargs={"slug": self.object.article.slug}) + "#comments"
