# ---
# id: cwe200-django-debug-v
# cwe: CWE-200
# vulnerable: true
# twin: cwe200-django-debug-f
# tags: django
# explanation: The production settings module sets DEBUG = True while serving a public hostname. Django then shows detailed error pages with stack frames, local variables, settings and SQL queries, and lists URL patterns on 404 pages, to every visitor.
# ---
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = True  #@vuln
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
