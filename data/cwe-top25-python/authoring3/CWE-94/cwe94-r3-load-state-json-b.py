# ---
# id: cwe94-r3-load-state-json-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: json
# explanation: Loads a saved state file with json.load and checks its shape. JSON parsing creates only plain data, so a crafted file cannot execute code.
# ---
import json


def load_state(path):
    with open(path, encoding="utf-8") as fh:
        state = json.load(fh)
    if not isinstance(state, dict) or state.get("version") != 2:
        raise ValueError("unsupported state file")
    return state
