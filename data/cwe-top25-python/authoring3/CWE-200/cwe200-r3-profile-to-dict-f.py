# ---
# id: cwe200-r3-profile-to-dict-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-r3-profile-to-dict-v
# tags: flask, sqlalchemy
# explanation: The endpoint now copies only a fixed list of public columns into the response, so hashes, keys and emails stay on the server.
# ---
from flask import jsonify, abort

PUBLIC_COLUMNS = ("username", "display_name", "bio", "avatar_url", "joined_at")


@bp.get("/u/<username>")
def public_profile(username):
    user = User.query.filter_by(username=username).first()
    if user is None:
        abort(404)
    data = {name: getattr(user, name) for name in PUBLIC_COLUMNS}
    data["followers"] = user.followers.count()
    return jsonify(data)
