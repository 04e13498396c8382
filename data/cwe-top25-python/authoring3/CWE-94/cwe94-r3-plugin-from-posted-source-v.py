# ---
# id: cwe94-r3-plugin-from-posted-source-v
# cwe: CWE-94
# vulnerable: true
# twin: none
# tags: types, importlib
# explanation: A web plugin editor lets users post plugin source that the server compiles and executes as a module. Anyone allowed to use the editor (it is open to all workspace members) can run any Python in the server process; there is no sandbox between the posted code and the host.
# ---
import importlib
import types


def load_plugin_from_source(name: str, source: str) -> types.ModuleType:
    """Create a module named *name* from the *source* posted by the editor."""
    module = types.ModuleType(name)
    module.__dict__["api"] = importlib.import_module("app.plugin_api")
    code = compile(source, "<plugin %s>" % name, "exec")
    exec(code, module.__dict__)  #@vuln
    return module
