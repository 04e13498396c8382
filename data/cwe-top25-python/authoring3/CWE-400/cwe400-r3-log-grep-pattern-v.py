# ---
# id: cwe400-r3-log-grep-pattern-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-r3-log-grep-pattern-f
# tags: re, fastapi
# explanation: The log search API compiles the user's query string as a regular expression and runs it over many log lines. A pattern such as `(a+)+$` backtracks exponentially on ordinary lines, so a single request can pin a CPU for minutes (ReDoS).
# ---
import re
from typing import List


def search_logs(query: str, lines: List[str], max_hits: int = 100) -> List[str]:
    matcher = re.compile(query, re.IGNORECASE)  #@vuln
    hits = []
    for line in lines:
        if matcher.search(line):
            hits.append(line)
            if len(hits) >= max_hits:
                break
    return hits
