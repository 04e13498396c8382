# ---
# id: cwe200-r3-profile-to-dict-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-r3-profile-to-dict-f
# tags: flask, sqlalchemy
# explanation: Public profile endpoint that returns every column of the user row. The row includes the password hash, API key and email address, all sent to anyone who looks up a username.
# ---
from flask import jsonify, abort


@bp.get("/u/<username>")
def public_profile(username):
    user = User.query.filter_by(username=username).first()
    if user is None:
        abort(404)
    data = {c.name: getattr(user, c.name) for c in user.__table__.columns}  #@vuln
    data["followers"] = user.followers.count()
    return jsonify(data)
