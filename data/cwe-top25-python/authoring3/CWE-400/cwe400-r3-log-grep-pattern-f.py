# ---
# id: cwe400-r3-log-grep-pattern-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-r3-log-grep-pattern-v
# tags: re, fastapi
# explanation: The query is now escaped with re.escape, so it is matched as literal text; a literal search runs in linear time and cannot trigger catastrophic backtracking.
# ---
import re
from typing import List


def search_logs(query: str, lines: List[str], max_hits: int = 100) -> List[str]:
    matcher = re.compile(re.escape(query), re.IGNORECASE)
    hits = []
    for line in lines:
        if matcher.search(line):
            hits.append(line)
            if len(hits) >= max_hits:
                break
    return hits
