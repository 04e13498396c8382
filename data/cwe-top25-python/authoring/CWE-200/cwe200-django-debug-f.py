# ---
# id: cwe200-django-debug-f
# cwe: CWE-200
# vulnerable: false
# twin: cwe200-django-debug-v
# tags: django
# explanation: DEBUG now defaults to False and is only enabled when DJANGO_DEBUG=1 is set explicitly (for local development). Production visitors get the plain 500/404 pages while errors go to the configured log handler.
# ---
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["portal.example.com"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "portal",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "portal"),
        "HOST": os.environ.get("DB_HOST", "localhost"),
        "USER": os.environ.get("DB_USER", "portal"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
    }
}

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "static"
LOGGING = {"version": 1, "handlers": {"console": {"class": "logging.StreamHandler"}}, "root": {"handlers": ["console"]}}
