# ---
# id: cwe352-graphql-get-mutation-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-graphql-get-mutation-v
# tags: flask, graphql-core, flask-login
# explanation: The endpoint now parses the document first and refuses to run any operation other than a query when the request is a GET, so mutations must arrive by POST, where the app's CSRF protection applies; links and images can only trigger read-only queries.
# ---
import json

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user
from graphql import GraphQLError, OperationDefinitionNode, OperationType, graphql_sync, parse

from .schema import schema

api = Blueprint("graphql", __name__)


def read_operation():
    if request.method == "GET":
        variables = request.args.get("variables")
        return request.args.get("query", ""), json.loads(variables) if variables else None
    body = request.get_json(silent=True) or {}
    return body.get("query", ""), body.get("variables")


def only_queries(query: str) -> bool:
    try:
        document = parse(query)
    except GraphQLError:
        return True
    return all(d.operation == OperationType.QUERY for d in document.definitions
               if isinstance(d, OperationDefinitionNode))


@api.route("/graphql", methods=["GET", "POST"])
def graphql_endpoint():
    query, variables = read_operation()
    if request.method == "GET" and not only_queries(query):
        abort(405)
    result = graphql_sync(schema, query, variable_values=variables,
                          context_value={"user": current_user})
    payload = {"data": result.data}
    if result.errors:
        payload["errors"] = [{"message": e.message} for e in result.errors]
    return jsonify(payload)
