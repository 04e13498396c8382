# ---
# id: cwe798-django-settings-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-django-settings-v
# tags: django
# explanation: SECRET_KEY and the database password are now read from environment variables set by the deployment; the settings module contains no secret values.
# ---
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["shop.example.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "shop",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": "db.internal",
        "PORT": "5432",
    }
}

STATIC_ROOT = BASE_DIR / "staticfiles"
SESSION_COOKIE_AGE = 60 * 60 * 12
LANGUAGE_CODE = "en-us"
