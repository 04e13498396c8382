# ---
# id: cwe502-r3-plugin-settings-yaml-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: yaml
# explanation: A plugin loader reads each plugin's settings file with yaml.load but passes yaml.SafeLoader, which only constructs standard YAML types; python/object tags in a third-party plugin file raise an error instead of running code.
# ---
import os
import yaml


def load_plugin_settings(plugin_dir):
    path = os.path.join(plugin_dir, "plugin.yaml")
    if not os.path.exists(path):
        return {}
    with open(path, "r", encoding="utf-8") as fp:
        data = yaml.load(fp, Loader=yaml.SafeLoader) or {}
    data.setdefault("enabled", True)
    return data
