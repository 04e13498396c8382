# ---
# id: cwe863-jwt-tenant-claim-path-v
# cwe: CWE-863
# vulnerable: true
# twin: none
# tags: flask, flask-jwt-extended
# explanation: The tenant guard compares the tenant in the URL with the `tenants` claim of a verified JWT, but the claim is a comma-separated string and the check is a substring test. A user of tenant "acme-eu" passes the guard for tenant "acme" (and "eu"), reaching another customer's data.
# ---
from functools import wraps

from flask import Blueprint, abort, jsonify
from flask_jwt_extended import get_jwt, jwt_required

from .ledger import balances_for

api = Blueprint("tenants", __name__, url_prefix="/t/<tenant>")


def tenant_member(view):
    @wraps(view)
    @jwt_required()
    def wrapper(tenant, *args, **kwargs):
        allowed = get_jwt().get("tenants", "")
        if tenant not in allowed:  #@vuln
            abort(403)
        return view(tenant, *args, **kwargs)

    return wrapper


@api.get("/balances")
@tenant_member
def balances(tenant):
    return jsonify(tenant=tenant, balances=balances_for(tenant))
