# ---
# id: cwe94-r3-export-column-lambda-v
# cwe: CWE-94
# vulnerable: true
# twin: none
# tags: builtins
# explanation: A report exporter builds a lambda from column expressions that users define in a saved report (stored in the database and editable in the UI) and evals it. The expressions are joined into Python source, so a column like '__import__("os").system("id")' runs code when the report is exported.
# ---
def _make_formatter(fmt_spec):
    """Build a row formatter from a user-defined column expression list."""
    src = "lambda row: (%s)" % ", ".join(fmt_spec)  #@vuln
    return eval(src)


def export_rows(rows, fmt_spec):
    fmt = _make_formatter(fmt_spec)
    return [fmt(r) for r in rows]
