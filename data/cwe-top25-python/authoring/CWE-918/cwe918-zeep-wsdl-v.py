# ---
# id: cwe918-zeep-wsdl-v
# cwe: CWE-918
# vulnerable: true
# twin: none
# tags: flask, zeep, soap
# explanation: An integration wizard lists the operations of a customer's SOAP service by loading the WSDL URL they enter with zeep.Client. zeep fetches the WSDL and every imported schema from the server side, so the URL (and imports inside a hostile WSDL) can reach internal hosts.
# ---
from flask import Flask, jsonify, request
from flask_login import login_required
from zeep import Client, Settings
from zeep.exceptions import Error as ZeepError

app = Flask(__name__)


def list_operations(wsdl_url):
    client = Client(wsdl_url, settings=Settings(strict=False))  #@vuln
    ops = []
    for service in client.wsdl.services.values():
        for port in service.ports.values():
            ops.extend(sorted(port.binding._operations))
    return ops


@app.post("/integrations/soap/inspect")
@login_required
def inspect_wsdl():
    try:
        ops = list_operations(request.json["wsdl"])
    except ZeepError:
        return jsonify(error="could not read the WSDL"), 422
    return jsonify(operations=ops)
