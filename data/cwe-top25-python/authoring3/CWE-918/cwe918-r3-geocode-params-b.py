# ---
# id: cwe918-r3-geocode-params-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: requests
# explanation: The geocoding helper always calls a fixed API host; the user's address only goes into the query string through `params=`, where requests encodes it, so it cannot change the destination.
# ---
import requests

GEOCODER_URL = "https://geocode.example-maps.com/v1/search"


def geocode(address, api_key):
    resp = requests.get(
        GEOCODER_URL,
        params={"q": address, "key": api_key, "limit": 1},
        timeout=5,
    )
    resp.raise_for_status()
    hits = resp.json().get("results", [])
    if not hits:
        return None
    return hits[0]["lat"], hits[0]["lon"]
