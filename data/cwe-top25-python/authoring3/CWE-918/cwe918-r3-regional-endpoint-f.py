# ---
# id: cwe918-r3-regional-endpoint-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-r3-regional-endpoint-v
# tags: requests
# explanation: The region is now checked against the fixed set of deployed regions before it is placed in the hostname, so the request can only go to one of the known billing endpoints.
# ---
import requests

REGIONS = frozenset({"us-east", "us-west", "eu-central", "ap-south"})


class BillingGateway:
    def __init__(self, token):
        self.token = token

    def get_invoice(self, region, invoice_id):
        if region not in REGIONS:
            raise ValueError("unknown region %r" % region)
        url = "https://%s.billing.example.com/v2/invoices/%d" % (region, int(invoice_id))
        resp = requests.get(url, headers={"Authorization": "Bearer " + self.token}, timeout=10)
        resp.raise_for_status()
        return resp.json()
