# ---
# id: cwe862-r3-membership-join-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: sqlalchemy
# explanation: Repository helper that loads a board only through a join on the membership table for the given user, so a board the user is not a member of is simply not found.
# ---
from sqlalchemy import select


def get_board_for_user(session, board_id: int, user_id: int):
    stmt = (
        select(Board)
        .join(Membership, Membership.board_id == Board.id)
        .where(Board.id == board_id, Membership.user_id == user_id)
    )
    board = session.execute(stmt).scalar_one_or_none()
    if board is None:
        raise LookupError(board_id)
    return board
