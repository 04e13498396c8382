# ---
# id: cwe862-profile-methodview-v
# cwe: CWE-862
# vulnerable: true
# twin: none
# tags: flask, flask-login, marshmallow
# explanation: A Flask MethodView exposes PUT /api/users/<id>/profile for the single-page app. It requires login, validates the body with marshmallow, and writes it to the user named in the URL, but never checks that this is the caller, so anyone can rewrite other users' names, bios and contact e-mail.
# ---
from flask import Blueprint, abort, jsonify, request
from flask.views import MethodView
from flask_login import login_required
from marshmallow import Schema, ValidationError, fields, validate

from .models import User, db

api = Blueprint("api", __name__, url_prefix="/api")


class ProfileSchema(Schema):
    display_name = fields.String(required=True, validate=validate.Length(min=1, max=60))
    bio = fields.String(load_default="", validate=validate.Length(max=500))
    contact_email = fields.Email(load_default=None, allow_none=True)


class ProfileAPI(MethodView):
    decorators = [login_required]

    def put(self, user_id):
        try:
            data = ProfileSchema().load(request.get_json(force=True))
        except ValidationError as err:
            return jsonify(errors=err.messages), 422
        user = db.session.get(User, user_id) or abort(404)
        for key, value in data.items():  #@vuln
            setattr(user, key, value)  #@vuln
        db.session.commit()
        return jsonify(id=user.id, **data)


api.add_url_rule("/users/<int:user_id>/profile", view_func=ProfileAPI.as_view("profile"))
