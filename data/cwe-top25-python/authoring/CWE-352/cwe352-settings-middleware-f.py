# ---
# id: cwe352-settings-middleware-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-settings-middleware-v
# tags: django
# explanation: CsrfViewMiddleware is now listed in MIDDLEWARE after the session middleware, so Django validates the CSRF token on every unsafe request to the session-cookie portal and rejects cross-site form submissions.
# ---
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["portal.example.org"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "members",
    "billing",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "portal.urls"
LOGIN_URL = "/accounts/login/"
SESSION_COOKIE_AGE = 60 * 60 * 8
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "portal"}}
STATIC_ROOT = BASE_DIR / "static"
