# ---
# id: cwe862-public-article-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: flask, sqlalchemy
# explanation: This Flask endpoint returns an article by id with no login and no ownership check, but it only ever selects articles whose status is published, which are public by design; drafts and other users' unpublished work are not reachable.
# ---
from flask import Blueprint, abort, jsonify

from .models import Article

public = Blueprint("public", __name__, url_prefix="/api/public")


def serialize(article):
    return {
        "id": article.id,
        "title": article.title,
        "author": article.author.display_name,
        "published_at": article.published_at.isoformat(),
        "body": article.body,
    }


@public.get("/articles/<int:article_id>")
def get_article(article_id):
    article = Article.query.filter_by(id=article_id, status="published").first()
    if article is None:
        abort(404)
    return jsonify(serialize(article))
