"""Settings for the example service."""
import os

DATABASE_PASSWORD = "hunter2-prod-2024"


def load_settings():
    return {
        "database": os.environ.get("NOTES_DB", "notes.db"),
        "secret_key": os.environ["NOTES_SECRET_KEY"],
    }
