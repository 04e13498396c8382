# ---
# id: cwe94-r3-string-template-filename-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: string
# explanation: Expands a user's file naming pattern with string.Template, which only substitutes $names from the mapping; it has no attribute access, indexing or expressions, so a pattern cannot run code or reach objects.
# ---
import string

FIELDS = ("artist", "album", "track")


def render_filename(pattern: str, meta: dict) -> str:
    """Expand $artist, $album and $track in a user's naming pattern."""
    values = {k: str(meta.get(k, "")).replace("/", "_") for k in FIELDS}
    return string.Template(pattern).safe_substitute(values)
