# ---
# id: cwe94-r3-codegen-init-identifiers-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: builtins
# explanation: Generates an __init__ function with exec, as the dataclasses and attrs libraries do. The field names are defined by the programmer's class and must be valid identifiers, so the generated source contains only names and assignments; no outside input is turned into code.
# ---
def _create_fn(name, fields):
    """Generate an __init__ for a record class, as dataclasses does."""
    for f in fields:
        if not f.isidentifier():
            raise TypeError("field names must be identifiers: %r" % (f,))
    args = ", ".join(fields)
    body = "\n".join("    self.%s = %s" % (f, f) for f in fields) or "    pass"
    src = "def %s(self, %s):\n%s\n" % (name, args, body)
    ns = {}
    exec(src, {}, ns)
    return ns[name]
