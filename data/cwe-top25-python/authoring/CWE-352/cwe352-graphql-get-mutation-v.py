# ---
# id: cwe352-graphql-get-mutation-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-graphql-get-mutation-f
# tags: flask, graphql-core, flask-login
# explanation: The GraphQL endpoint of a cookie-session Flask app executes whatever document it receives, including mutations, on GET requests with the query in the URL. GET is not CSRF-checked, so an <img> pointing at /graphql?query=mutation{...} on any site performs mutations as the logged-in victim.
# ---
import json

from flask import Blueprint, jsonify, request
from flask_login import current_user
from graphql import graphql_sync

from .schema import schema

api = Blueprint("graphql", __name__)


def read_operation():
    if request.method == "GET":
        variables = request.args.get("variables")
        return request.args.get("query", ""), json.loads(variables) if variables else None
    body = request.get_json(silent=True) or {}
    return body.get("query", ""), body.get("variables")


@api.route("/graphql", methods=["GET", "POST"])
def graphql_endpoint():
    query, variables = read_operation()
    result = graphql_sync(schema, query, variable_values=variables,  #@vuln
                          context_value={"user": current_user})
    payload = {"data": result.data}
    if result.errors:
        payload["errors"] = [{"message": e.message} for e in result.errors]
    return jsonify(payload)
