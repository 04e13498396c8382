# ---
# id: cwe400-r3-paginate-clamped-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: sqlalchemy
# explanation: A repository helper paginates with a per-page value that is clamped to a maximum of 100 and computes the offset from the page number, so callers passing request values cannot load an unbounded number of rows.
# ---
from sqlalchemy import select

MAX_PER_PAGE = 100


def paginate(session, model, page=1, per_page=20):
    per_page = max(1, min(int(per_page), MAX_PER_PAGE))
    page = max(1, int(page))
    stmt = select(model).order_by(model.id).limit(per_page).offset((page - 1) * per_page)
    return session.scalars(stmt).all()
