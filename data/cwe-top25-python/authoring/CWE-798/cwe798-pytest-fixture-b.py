# ---
# id: cwe798-pytest-fixture-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: pytest, flask, werkzeug
# explanation: A pytest module creates a throwaway user with a literal password in an in-memory test database and logs in with it. The value only exists inside the test run and guards nothing real, so it is test data, not a hard-coded credential.
# ---
import pytest
from werkzeug.security import generate_password_hash

from shop.app import create_app
from shop.db import db, User

TEST_PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def client():
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://", "SECRET_KEY": "test"})
    with app.app_context():
        db.create_all()
        db.session.add(User(email="ada@example.test", password_hash=generate_password_hash(TEST_PASSWORD)))
        db.session.commit()
        yield app.test_client()


def test_login_with_correct_password(client):
    resp = client.post("/login", data={"email": "ada@example.test", "password": TEST_PASSWORD})
    assert resp.status_code == 302


def test_login_with_wrong_password(client):
    resp = client.post("/login", data={"email": "ada@example.test", "password": "nope"})
    assert resp.status_code == 401
