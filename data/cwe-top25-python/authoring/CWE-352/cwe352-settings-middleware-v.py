# ---
# id: cwe352-settings-middleware-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-settings-middleware-f
# tags: django
# explanation: The Django settings for a members' portal use session and authentication middleware but leave django.middleware.csrf.CsrfViewMiddleware out of MIDDLEWARE. No view is then CSRF-checked, so every state-changing form in the session-cookie app can be submitted from another site.
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

MIDDLEWARE = [  #@vuln
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "portal.urls"
LOGIN_URL = "/accounts/login/"
SESSION_COOKIE_AGE = 60 * 60 * 8
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "portal"}}
STATIC_ROOT = BASE_DIR / "static"
