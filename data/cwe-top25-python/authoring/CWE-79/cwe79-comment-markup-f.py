# ---
# id: cwe79-comment-markup-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-comment-markup-v
# tags: flask, sqlalchemy, markupsafe
# explanation: The comment helper now uses Markup.format, which escapes every argument while keeping the literal wrapper markup. Author names and comment bodies from visitors are rendered as text, so stored HTML cannot execute.
# ---
from flask import Flask, render_template
from markupsafe import Markup
from sqlalchemy import select

from blog.models import Comment, Post, db

app = Flask(__name__)


def format_comment(comment):
    author = comment.author_name or "anonymous"
    return Markup(
        '<div class="comment"><strong>{}</strong><p>{}</p></div>'
    ).format(author, comment.body)


@app.get("/posts/<int:post_id>")
def show_post(post_id):
    post = db.get_or_404(Post, post_id)
    comments = db.session.scalars(
        select(Comment).where(Comment.post_id == post_id).order_by(Comment.created_at)
    ).all()
    rendered = [format_comment(c) for c in comments]
    return render_template("post.html", post=post, comments=rendered)
