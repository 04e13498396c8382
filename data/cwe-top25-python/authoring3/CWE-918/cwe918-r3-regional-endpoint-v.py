# ---
# id: cwe918-r3-regional-endpoint-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-r3-regional-endpoint-f
# tags: requests
# explanation: An API helper builds the upstream host from the `region` value that clients pass in the request. A region like `169.254.169.254/latest/meta-data?x=` or `internal-admin:8080#` turns the host into any address the attacker chooses.
# ---
import requests


class BillingGateway:
    def __init__(self, token):
        self.token = token

    def get_invoice(self, region, invoice_id):
        url = "https://%s.billing.example.com/v2/invoices/%d" % (region, int(invoice_id))  #@vuln
        resp = requests.get(url, headers={"Authorization": "Bearer " + self.token}, timeout=10)
        resp.raise_for_status()
        return resp.json()
