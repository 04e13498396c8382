# ---
# id: cwe79-r2-avatar-chip-tag-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-r2-avatar-chip-tag-v
# tags: django, templatetags
# explanation: The user_chip tag now builds its markup with django.utils.html.format_html(), which escapes the avatar URL and the user's display name before inserting them, so a display name containing HTML is rendered as text in comment threads.
# ---
import hashlib
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.utils.html import format_html
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
    return format_html(
        '<span class="chip {}"><img src="{}" width="{}" height="{}" alt=""><a href="{}{}/">{}</a></span>',
        role_class(user), avatar, size, size, settings.PROFILE_URL_PREFIX, user.pk, name,
    )


@register.filter
def initials(value):
    parts = [p for p in str(value).split() if p]
    return "".join(p[0].upper() for p in parts[:2])
