# ---
# id: cwe94-r3-rule-engine-condition-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-r3-rule-engine-condition-v
# tags: operator
# explanation: Fixed twin: a condition is a (field, operator, value) triple and the operator is looked up in a fixed table of comparison functions, so rules are data and nothing is evaluated as code.
# ---
import operator

OPS = {"==": operator.eq, "!=": operator.ne, ">": operator.gt, "<": operator.lt}


class RuleEngine:
    def __init__(self, rules):
        self.rules = rules  # loaded from the rules table, editable by tenants

    def matches(self, event: dict) -> list:
        hits = []
        for rule in self.rules:
            field, op, value = rule["condition"]
            if field in event and OPS[op](event[field], value):
                hits.append(rule["name"])
        return hits
