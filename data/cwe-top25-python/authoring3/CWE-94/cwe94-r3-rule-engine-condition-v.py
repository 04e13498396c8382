# ---
# id: cwe94-r3-rule-engine-condition-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-r3-rule-engine-condition-f
# tags: builtins
# explanation: An alerting rule engine evaluates each tenant-written condition with eval against the event. Emptying globals does not restrict eval (builtins are added back, and '().__class__.__mro__' walks to any class), so a tenant can run arbitrary Python on the shared server.
# ---
import operator


class RuleEngine:
    def __init__(self, rules):
        self.rules = rules  # loaded from the rules table, editable by tenants

    def matches(self, event: dict) -> list:
        hits = []
        for rule in self.rules:
            if eval(rule["condition"], {}, dict(event)):  #@vuln
                hits.append(rule["name"])
        return hits
