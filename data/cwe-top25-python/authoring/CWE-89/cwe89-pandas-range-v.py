# ---
# id: cwe89-pandas-range-v
# cwe: CWE-89
# vulnerable: true
# twin: none
# tags: flask, pandas, sqlalchemy
# explanation: A metrics endpoint loads sensor readings into a pandas DataFrame with read_sql, formatting the start and end timestamps from the JSON body straight into the SQL. Because the timestamps are not parsed or bound, a body like {"start": "2024-01-01' OR '1'='1"} changes the query.
# ---
import pandas as pd
from flask import Flask, jsonify, request
from sqlalchemy import create_engine

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2:///telemetry")


def load_readings(sensor_id: int, start: str, end: str) -> pd.DataFrame:
    query = (
        "SELECT ts, value FROM readings "
        f"WHERE sensor_id = {sensor_id} AND ts BETWEEN '{start}' AND '{end}' ORDER BY ts"  #@vuln
    )
    return pd.read_sql(query, engine, parse_dates=["ts"])


@app.post("/sensors/<int:sensor_id>/summary")
def summary(sensor_id):
    body = request.get_json(force=True)
    df = load_readings(sensor_id, body["start"], body["end"])
    if df.empty:
        return jsonify(points=0)
    hourly = df.set_index("ts")["value"].resample("1h").mean()
    return jsonify(points=len(df), mean=float(df["value"].mean()), hourly=hourly.dropna().round(3).tolist())
