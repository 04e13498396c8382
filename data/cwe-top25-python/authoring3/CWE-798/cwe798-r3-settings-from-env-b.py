# ---
# id: cwe798-r3-settings-from-env-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: django
# explanation: Django settings fragment: the secret key and database password come from environment variables and startup fails if the secret key is missing; the literal strings are variable names and a local default host.
# ---
import os

from django.core.exceptions import ImproperlyConfigured


def env(name, default=None):
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured("Set the %s environment variable" % name)
    return value


SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": env("DB_NAME", "app"),
        "USER": env("DB_USER", "app"),
        "PASSWORD": env("DB_PASSWORD"),
        "HOST": env("DB_HOST", "localhost"),
    }
}
