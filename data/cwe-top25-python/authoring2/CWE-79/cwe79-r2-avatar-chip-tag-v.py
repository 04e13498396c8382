# ---
# id: cwe79-r2-avatar-chip-tag-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-r2-avatar-chip-tag-f
# tags: django, templatetags
# explanation: A Django template tag library renders a user 'chip' (avatar plus display name) used in comment threads. The tag interpolates the user's self-chosen display name into an HTML string and returns it through mark_safe(), which turns off template autoescaping, so a display name like <img src=x onerror=...> executes for everyone who views the thread.
# ---
import hashlib
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()

DEFAULT_SIZE = 32
ROLE_CLASSES = {"staff": "chip--staff", "moderator": "chip--mod"}


def gravatar_url(email: str, size: int) -> str:
    digest = hashlib.md5(email.strip().lower().encode("utf-8")).hexdigest()
    query = urlencode({"s": str(size), "d": "identicon"})
    return f"https://www.gravatar.com/avatar/{digest}?{query}"


def role_class(user) -> str:
    if user.is_staff:
        return ROLE_CLASSES["staff"]
    if user.groups.filter(name="moderators").exists():
        return ROLE_CLASSES["moderator"]
    return ""


@register.simple_tag
def user_chip(user, size=DEFAULT_SIZE):
    if user is None or not user.is_authenticated:
        return mark_safe('<span class="chip chip--anon">guest</span>')
    size = int(size)
    avatar = user.profile.avatar.url if getattr(user.profile, "avatar", None) else gravatar_url(user.email, size)
    name = user.profile.display_name or user.get_username()
    html = (
        f'<span class="chip {role_class(user)}">'
        f'<img src="{escape(avatar)}" width="{size}" height="{size}" alt="">'
        f"<a href=\"{settings.PROFILE_URL_PREFIX}{user.pk}/\">{name}</a>"  #@vuln
        "</span>"
    )
    return mark_safe(html)


@register.filter
def initials(value):
    parts = [p for p in str(value).split() if p]
    return "".join(p[0].upper() for p in parts[:2])
