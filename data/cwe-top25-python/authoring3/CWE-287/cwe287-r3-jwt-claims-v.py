# ---
# id: cwe287-r3-jwt-claims-v
# cwe: CWE-287
# vulnerable: true
# twin: cwe287-r3-jwt-claims-f
# tags: pyjwt
# explanation: Extracts the user from a bearer token in an API helper. The token comes from the Authorization header and is decoded with signature verification switched off, so a client can forge any `sub` claim and be treated as that user.
# ---
import jwt


def current_user_id(auth_header: str, secret: str):
    if not auth_header or not auth_header.startswith("Bearer "):
        return None
    token = auth_header[len("Bearer "):]
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"],
                            options={"verify_signature": False})  #@vuln
    except jwt.PyJWTError:
        return None
    return claims.get("sub")
