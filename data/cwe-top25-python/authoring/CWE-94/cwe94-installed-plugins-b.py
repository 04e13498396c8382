# ---
# id: cwe94-installed-plugins-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: importlib, plugins
# explanation: An application loads its plugins with importlib.import_module, but the module names come from the INSTALLED_PLUGINS list in its own settings module, not from requests or users. Importing modules the operator configured is normal application start-up.
# ---
import importlib
import logging

from myapp import settings

log = logging.getLogger(__name__)


class PluginRegistry:
    def __init__(self):
        self.hooks = {}

    def load_all(self):
        for dotted in settings.INSTALLED_PLUGINS:
            module = importlib.import_module(dotted)
            register = getattr(module, "register", None)
            if register is None:
                log.warning("plugin %s has no register() function", dotted)
                continue
            register(self)
            log.info("loaded plugin %s", dotted)

    def add_hook(self, name, func):
        self.hooks.setdefault(name, []).append(func)

    def fire(self, name, *args):
        return [func(*args) for func in self.hooks.get(name, [])]
