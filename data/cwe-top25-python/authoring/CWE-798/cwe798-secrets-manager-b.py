# ---
# id: cwe798-secrets-manager-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: boto3, aws, sqlalchemy
# explanation: The service fetches its database credentials at start-up from AWS Secrets Manager by secret name and builds the SQLAlchemy URL from the returned JSON. Only the secret's name is in the code; the password itself is stored and rotated in the secret manager.
# ---
import json
import os
from functools import lru_cache

import boto3
from sqlalchemy import create_engine
from sqlalchemy.engine import URL

SECRET_ID = os.environ.get("DB_SECRET_ID", "prod/orders/postgres")


@lru_cache(maxsize=1)
def db_credentials() -> dict:
    client = boto3.client("secretsmanager")
    value = client.get_secret_value(SecretId=SECRET_ID)
    return json.loads(value["SecretString"])


def make_engine():
    creds = db_credentials()
    url = URL.create(
        "postgresql+psycopg2",
        username=creds["username"],
        password=creds["password"],
        host=creds["host"],
        port=int(creds.get("port", 5432)),
        database=creds.get("dbname", "orders"),
    )
    return create_engine(url, pool_pre_ping=True)
