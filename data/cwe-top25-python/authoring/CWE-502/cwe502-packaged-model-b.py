# ---
# id: cwe502-packaged-model-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: pickle, importlib, scikit-learn
# explanation: A spam classifier loads its trained model with pickle.loads from a file shipped inside its own Python package, read via importlib.resources. The bytes were produced by the project's training pipeline and installed with the code; no request or user file is ever unpickled.
# ---
import pickle
from functools import lru_cache
from importlib import resources

MODEL_RESOURCE = "spam_model_v7.pkl"


@lru_cache(maxsize=1)
def model():
    blob = resources.files("spamfilter.assets").joinpath(MODEL_RESOURCE).read_bytes()
    return pickle.loads(blob)


def spam_score(subject: str, body: str) -> float:
    text = f"{subject}\n{body}"[:20_000]
    return float(model().predict_proba([text])[0][1])


def classify(message: dict, threshold: float = 0.85) -> str:
    score = spam_score(message.get("subject", ""), message.get("body", ""))
    return "spam" if score >= threshold else "ham"
