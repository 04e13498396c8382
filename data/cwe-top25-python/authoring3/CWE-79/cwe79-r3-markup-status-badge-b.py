# ---
# id: cwe79-r3-markup-status-badge-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: markupsafe
# explanation: Builds a status badge with markupsafe.Markup.format, which escapes its arguments; the colour comes from a fixed dictionary and the status text is escaped as well, so the Markup result holds no user markup.
# ---
from markupsafe import Markup, escape


def status_badge(status: str) -> Markup:
    colors = {"ok": "green", "warn": "orange", "fail": "red"}
    color = colors.get(status, "grey")
    return Markup('<span class="badge" style="background:{}">{}</span>').format(
        color, escape(status)
    )
