# ---
# id: cwe502-dill-celery-v
# cwe: CWE-502
# vulnerable: true
# twin: none
# tags: celery, dill, base64
# explanation: A batch-scoring platform lets API clients submit a custom feature function serialized with dill; the Celery task base64-decodes the field and calls dill.loads. dill can rebuild arbitrary code objects, so any client can make the worker run code of their choice.
# ---
import base64

import dill
from celery import Celery

app = Celery("scoring", broker="amqp://scoring@rabbitmq//")


def load_feature_fn(encoded):
    return dill.loads(base64.b64decode(encoded))  #@vuln


@app.task
def score_batch(job):
    feature_fn = load_feature_fn(job["feature_fn"])
    rows = job["rows"]
    features = [feature_fn(row) for row in rows]
    weights = job.get("weights", [1.0] * len(features[0]))
    return [sum(w * f for w, f in zip(weights, vec)) for vec in features]
