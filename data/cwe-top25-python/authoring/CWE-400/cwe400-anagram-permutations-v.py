# ---
# id: cwe400-anagram-permutations-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-anagram-permutations-f
# tags: flask, itertools
# explanation: A word-game helper lists dictionary words that are anagrams of the submitted letters by generating every permutation with itertools.permutations. The number of permutations grows factorially with the input length and nothing limits it, so 15 letters already means over a trillion permutations and pins a worker indefinitely.
# ---
from itertools import permutations

from flask import Flask, jsonify, request

from .words import WORDS

app = Flask(__name__)


def anagrams(letters: str) -> list:
    found = set()
    for perm in permutations(letters.lower()):  #@vuln
        word = "".join(perm)
        if word in WORDS:
            found.add(word)
    return sorted(found)


@app.get("/anagrams")
def find_anagrams():
    letters = request.args.get("letters", "")
    if not letters.isalpha():
        return jsonify(error="letters only"), 400
    return jsonify(letters=letters, words=anagrams(letters))
