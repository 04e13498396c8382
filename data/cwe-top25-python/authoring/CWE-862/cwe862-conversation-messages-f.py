# ---
# id: cwe862-conversation-messages-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-conversation-messages-v
# tags: flask, flask-jwt-extended, sqlalchemy
# explanation: Before listing messages the endpoint now checks that the JWT identity is one of the conversation's participants and answers 404 otherwise, so users can only read conversations they take part in.
# ---
from flask import Blueprint, abort, jsonify, request
from flask_jwt_extended import get_jwt_identity, jwt_required

from .models import Conversation, Message, db

messages = Blueprint("messages", __name__)


@messages.get("/api/conversations/<int:conversation_id>/messages")
@jwt_required()
def list_messages(conversation_id):
    viewer_id = get_jwt_identity()
    before = request.args.get("before", type=int)
    conversation = db.get_or_404(Conversation, conversation_id)
    if viewer_id not in {p.user_id for p in conversation.participants}:
        abort(404)
    query = Message.query.filter_by(conversation_id=conversation.id)
    if before:
        query = query.filter(Message.id < before)
    rows = query.order_by(Message.id.desc()).limit(50).all()
    return jsonify(
        viewer=viewer_id,
        messages=[{"id": m.id, "from": m.sender_id, "text": m.body, "at": m.sent_at.isoformat()} for m in rows],
    )
