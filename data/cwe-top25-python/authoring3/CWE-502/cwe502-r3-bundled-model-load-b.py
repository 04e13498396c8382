# ---
# id: cwe502-r3-bundled-model-load-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: pickle, importlib
# explanation: The classifier unpickles a model file shipped inside its own package, located with importlib.resources; the path is fixed by the library and no user input chooses the file, so the pickle is trusted package data.
# ---
import pickle
from importlib import resources

_MODEL = None


def get_model():
    global _MODEL
    if _MODEL is None:
        with resources.files("langdetect_lite").joinpath("model.pkl").open("rb") as fh:
            _MODEL = pickle.load(fh)
    return _MODEL
