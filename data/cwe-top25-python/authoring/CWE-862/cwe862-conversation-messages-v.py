# ---
# id: cwe862-conversation-messages-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-conversation-messages-f
# tags: flask, flask-jwt-extended, sqlalchemy
# explanation: A messaging API authenticates the caller with a JWT but returns the messages of whichever conversation id is requested. There is no check that the caller is a participant, so any user can read private conversations between other users.
# ---
from flask import Blueprint, jsonify, request
from flask_jwt_extended import get_jwt_identity, jwt_required

from .models import Conversation, Message, db

messages = Blueprint("messages", __name__)


@messages.get("/api/conversations/<int:conversation_id>/messages")
@jwt_required()
def list_messages(conversation_id):
    viewer_id = get_jwt_identity()
    before = request.args.get("before", type=int)
    conversation = db.get_or_404(Conversation, conversation_id)  #@vuln
    query = Message.query.filter_by(conversation_id=conversation.id)
    if before:
        query = query.filter(Message.id < before)
    rows = query.order_by(Message.id.desc()).limit(50).all()
    return jsonify(
        viewer=viewer_id,
        messages=[{"id": m.id, "from": m.sender_id, "text": m.body, "at": m.sent_at.isoformat()} for m in rows],
    )
