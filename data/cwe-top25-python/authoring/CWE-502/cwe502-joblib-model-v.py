# ---
# id: cwe502-joblib-model-v
# cwe: CWE-502
# vulnerable: true
# twin: none
# tags: joblib, scikit-learn, flask
# explanation: An AutoML sandbox lets customers upload a scikit-learn model file and scores a test set with it after joblib.load. joblib files are pickles, so loading a customer-supplied file executes any code embedded in it on the shared scoring host.
# ---
import tempfile

import joblib
import pandas as pd
from flask import Flask, request, jsonify
from sklearn.metrics import f1_score

app = Flask(__name__)
HOLDOUT = pd.read_parquet("/srv/automl/holdout.parquet")


def score_model(path):
    model = joblib.load(path)  #@vuln
    features = HOLDOUT.drop(columns=["label"])
    predictions = model.predict(features)
    return f1_score(HOLDOUT["label"], predictions, average="macro")


@app.post("/leaderboard/submit")
def submit():
    upload = request.files["model"]
    with tempfile.NamedTemporaryFile(suffix=".joblib") as tmp:
        upload.save(tmp.name)
        score = score_model(tmp.name)
    return jsonify(team=request.form.get("team"), macro_f1=round(score, 4))
