# ---
# id: cwe200-comment-author-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-comment-author-f
# tags: flask, sqlalchemy
# explanation: The public comments API for blog posts embeds each author's e-mail address and the IP address recorded at posting time. Anonymous visitors can harvest commenters' e-mails and IPs, data the site only needs internally for moderation.
# ---
from flask import Blueprint, jsonify

from blog.models import Comment, Post

bp = Blueprint("comments", __name__)


def comment_json(c: Comment) -> dict:
    return {
        "id": c.id,
        "body": c.body,
        "created": c.created.isoformat(),
        "author": {"name": c.author_name, "email": c.author_email},  #@vuln
        "ip": c.remote_addr,  #@vuln
    }


@bp.get("/posts/<slug>/comments")
def list_comments(slug):
    post = Post.query.filter_by(slug=slug, published=True).first_or_404()
    comments = Comment.query.filter_by(post_id=post.id, approved=True).order_by(Comment.created).all()
    return jsonify([comment_json(c) for c in comments])
