# ---
# id: cwe94-template-choice-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: flask, jinja2
# explanation: Users pick a layout for their public profile page, and the view renders render_template(f"profiles/{layout}.html", ...), which looks like template injection. The layout must be one of a fixed set of template names shipped with the app, and the profile's bio and links are passed only as context variables.
# ---
from flask import Flask, abort, render_template

from profiles.store import load_profile

app = Flask(__name__)
LAYOUTS = {"classic", "compact", "cards", "timeline"}


@app.get("/u/<handle>")
def public_profile(handle):
    profile = load_profile(handle)
    if profile is None or not profile.public:
        abort(404)
    layout = profile.layout if profile.layout in LAYOUTS else "classic"
    return render_template(
        f"profiles/{layout}.html",
        name=profile.display_name,
        bio=profile.bio,
        links=profile.links,
        avatar_url=profile.avatar_url,
    )
