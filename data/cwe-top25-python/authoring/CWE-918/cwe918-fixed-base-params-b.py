# ---
# id: cwe918-fixed-base-params-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: flask, requests
# explanation: A weather widget calls a fixed third-party API base URL and passes the user's city and units only as query parameters via requests' params argument. The user cannot change the scheme, host, port or path, so the request can only go to the weather provider.
# ---
import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
WEATHER_API = "https://api.openweathermap.org/data/2.5/weather"
API_KEY = os.environ["OPENWEATHER_KEY"]


@app.get("/widget/weather")
def weather():
    city = request.args.get("city", "Berlin")[:80]
    units = "imperial" if request.args.get("units") == "imperial" else "metric"
    resp = requests.get(WEATHER_API, params={"q": city, "units": units, "appid": API_KEY}, timeout=5)
    if resp.status_code != 200:
        return jsonify(error="weather unavailable"), 502
    data = resp.json()
    return jsonify(city=data["name"], temp=data["main"]["temp"], summary=data["weather"][0]["description"])
