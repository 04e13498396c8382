# ---
# id: cwe400-anagram-permutations-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-anagram-permutations-v
# tags: flask, itertools
# explanation: The helper now refuses inputs longer than 9 letters, so at most 9! = 362,880 permutations are generated per request and the work stays bounded.
# ---
from itertools import permutations

from flask import Flask, jsonify, request

from .words import WORDS

app = Flask(__name__)
MAX_LETTERS = 9


def anagrams(letters: str) -> list:
    found = set()
    for perm in permutations(letters.lower()):
        word = "".join(perm)
        if word in WORDS:
            found.add(word)
    return sorted(found)


@app.get("/anagrams")
def find_anagrams():
    letters = request.args.get("letters", "")
    if not letters.isalpha() or len(letters) > MAX_LETTERS:
        return jsonify(error=f"1 to {MAX_LETTERS} letters only"), 400
    return jsonify(letters=letters, words=anagrams(letters))
