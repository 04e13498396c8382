# ---
# id: cwe94-r3-parse-config-value-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-r3-parse-config-value-f
# tags: builtins
# explanation: Converts values typed into an admin settings form into Python objects with eval. The string comes from the HTTP form, so '__import__("os").system("id")' is executed in the server process instead of being parsed.
# ---
def parse_config_value(raw):
    """Turn a string from the settings form into a Python value."""
    raw = raw.strip()
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    try:
        return eval(raw)  #@vuln
    except Exception:
        return raw
