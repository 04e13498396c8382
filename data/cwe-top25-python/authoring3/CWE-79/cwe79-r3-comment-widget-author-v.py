# ---
# id: cwe79-r3-comment-widget-author-v
# cwe: CWE-79
# vulnerable: true
# twin: none
# tags: html
# explanation: A widget renders a stored comment into HTML. The body goes through linebreaks with autoescape=True, which escapes it, but the author name, which commenters choose themselves, is formatted into the markup raw, so a name like '<script src=//x/y.js></script>' becomes stored XSS for everyone viewing the thread.
# ---
from django.utils.html import linebreaks


class CommentWidget:
    template = '<div class="comment"><b>{author}</b><p>{body}</p></div>'

    def render(self, comment):
        return self.template.format(
            author=comment.author_name,  #@vuln
            body=linebreaks(comment.body, autoescape=True),
        )
