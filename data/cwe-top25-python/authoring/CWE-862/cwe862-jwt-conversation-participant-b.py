# ---
# id: cwe862-jwt-conversation-participant-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: flask, flask-jwt-extended, sqlalchemy
# explanation: A JWT-protected endpoint posts a message into a conversation by id; before writing, it checks that a Participant row links the caller's identity to that conversation and returns 404 otherwise, so users can only write into conversations they belong to.
# ---
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request
from flask_jwt_extended import get_jwt_identity, jwt_required

from .models import Message, Participant, db

chat = Blueprint("chat", __name__)


@chat.post("/api/conversations/<int:conversation_id>/messages")
@jwt_required()
def post_message(conversation_id):
    user_id = get_jwt_identity()
    member = Participant.query.filter_by(conversation_id=conversation_id, user_id=user_id).first()
    if member is None:
        abort(404)
    text = (request.get_json(silent=True) or {}).get("text", "").strip()
    if not text or len(text) > 4000:
        abort(400)
    msg = Message(conversation_id=conversation_id, sender_id=user_id, body=text,
                  sent_at=datetime.now(timezone.utc))
    db.session.add(msg)
    db.session.commit()
    return jsonify(id=msg.id), 201
