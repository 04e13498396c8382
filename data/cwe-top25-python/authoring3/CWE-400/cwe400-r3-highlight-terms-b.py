# ---
# id: cwe400-r3-highlight-terms-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: re
# explanation: Search-result highlighting finds term offsets with a pattern built from at most ten user terms, each passed through re.escape and truncated, so the regex is a plain alternation of literals that matches in linear time.
# ---
import re


def highlight_spans(text, query):
    """Return (start, end) offsets of query terms found in text."""
    terms = [t[:40] for t in query.split() if t][:10]
    if not terms:
        return []
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]
