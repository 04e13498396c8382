# ---
# id: cwe79-comment-markup-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-comment-markup-f
# tags: flask, sqlalchemy, markupsafe
# explanation: Blog comments written by any visitor are loaded from the database and wrapped by a helper that builds an f-string and marks it as Markup. Jinja2 does not escape Markup objects, so a comment body containing HTML or script is stored and later executed for every reader of the post (stored XSS).
# ---
from flask import Flask, render_template
from markupsafe import Markup
from sqlalchemy import select

from blog.models import Comment, Post, db

app = Flask(__name__)


def format_comment(comment):
    author = comment.author_name or "anonymous"
    return Markup(  #@vuln
        f'<div class="comment"><strong>{author}</strong><p>{comment.body}</p></div>'  #@vuln
    )  #@vuln


@app.get("/posts/<int:post_id>")
def show_post(post_id):
    post = db.get_or_404(Post, post_id)
    comments = db.session.scalars(
        select(Comment).where(Comment.post_id == post_id).order_by(Comment.created_at)
    ).all()
    rendered = [format_comment(c) for c in comments]
    return render_template("post.html", post=post, comments=rendered)
