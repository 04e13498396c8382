# ---
# id: cwe287-r3-jwt-claims-f
# cwe: CWE-287
# vulnerable: false
# twin: cwe287-r3-jwt-claims-v
# tags: pyjwt
# explanation: The bearer token is now decoded with signature verification on and a fixed HS256 algorithm, so only tokens signed with the server secret yield a user id.
# ---
import jwt


def current_user_id(auth_header: str, secret: str):
    if not auth_header or not auth_header.startswith("Bearer "):
        return None
    token = auth_header[len("Bearer "):]
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"])
    except jwt.PyJWTError:
        return None
    return claims.get("sub")
