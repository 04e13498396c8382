# ---
# id: cwe798-django-settings-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-django-settings-f
# tags: django
# explanation: A production Django settings module hard-codes SECRET_KEY and the database password as literals. The secret key signs sessions, password-reset tokens and messages, so anyone with the source can forge them, and the database password is exposed with it.
# ---
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "q8^h2v!r#0m$z4k@w7p1t%e9x&c3b6n5y*l(j)u-a+s=d0g"  #@vuln
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
        "PASSWORD": "pg-Sh0p-2024",  #@vuln
        "HOST": "db.internal",
        "PORT": "5432",
    }
}

STATIC_ROOT = BASE_DIR / "staticfiles"
SESSION_COOKIE_AGE = 60 * 60 * 12
LANGUAGE_CODE = "en-us"
