# ---
# id: cwe200-comment-author-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-comment-author-v
# tags: flask, sqlalchemy
# explanation: The public comment representation now carries only the author's display name, the body and the timestamp; e-mail and IP address stay in the database for moderators.
# ---
from flask import Blueprint, jsonify

from blog.models import Comment, Post

bp = Blueprint("comments", __name__)


def comment_json(c: Comment) -> dict:
    return {
        "id": c.id,
        "body": c.body,
        "created": c.created.isoformat(),
        "author": {"name": c.author_name},
    }


@bp.get("/posts/<slug>/comments")
def list_comments(slug):
    post = Post.query.filter_by(slug=slug, published=True).first_or_404()
    comments = Comment.query.filter_by(post_id=post.id, approved=True).order_by(Comment.created).all()
    return jsonify([comment_json(c) for c in comments])
