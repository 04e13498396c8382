# ---
# id: cwe94-r3-parse-config-value-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-r3-parse-config-value-v
# tags: ast
# explanation: Fixed twin: ast.literal_eval only accepts literals (numbers, strings, tuples, lists, dicts, sets, booleans, None) and raises on calls or names, so form input cannot run code.
# ---
import ast


def parse_config_value(raw):
    """Turn a string from the settings form into a Python value."""
    raw = raw.strip()
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    try:
        return ast.literal_eval(raw)
    except Exception:
        return raw
