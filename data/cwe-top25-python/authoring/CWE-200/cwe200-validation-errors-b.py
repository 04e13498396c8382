# ---
# id: cwe200-validation-errors-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: flask, pydantic
# explanation: A signup endpoint returns the details of pydantic ValidationError objects to the client, which looks like leaking exception text, but these errors only describe which of the client's own submitted fields failed which rule. Unexpected exceptions are not caught here and fall through to the generic error handler.
# ---
from flask import Flask, jsonify, request
from pydantic import BaseModel, EmailStr, Field, ValidationError

from accounts.service import create_account

app = Flask(__name__)


class Signup(BaseModel):
    email: EmailStr
    display_name: str = Field(min_length=2, max_length=40)
    password: str = Field(min_length=12, max_length=128)
    accept_terms: bool


@app.post("/signup")
def signup():
    try:
        data = Signup.model_validate(request.get_json(silent=True) or {})
    except ValidationError as exc:
        problems = [{"field": ".".join(map(str, e["loc"])), "message": e["msg"]} for e in exc.errors()]
        return jsonify(errors=problems), 422
    if not data.accept_terms:
        return jsonify(errors=[{"field": "accept_terms", "message": "You must accept the terms"}]), 422
    account = create_account(data.email, data.display_name, data.password)
    return jsonify(id=account.id, display_name=account.display_name), 201
