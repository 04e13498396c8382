# ---
# id: cwe862-comment-deleteview-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-comment-deleteview-f
# tags: django
# explanation: A Django DeleteView lets a logged-in user delete a comment by primary key. LoginRequiredMixin only ensures someone is signed in; the default queryset contains every comment, so any user can delete comments written by others.
# ---
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse
from django.views.generic import DeleteView

from articles.models import Comment


class CommentDeleteView(LoginRequiredMixin, DeleteView):
    model = Comment  #@vuln
    template_name = "articles/comment_confirm_delete.html"

    def get_success_url(self):
        return reverse("articles:detail", kwargs={"slug": self.object.article.slug}) + "#comments"
