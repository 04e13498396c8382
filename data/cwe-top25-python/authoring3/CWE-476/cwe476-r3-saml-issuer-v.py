# ---
# id: cwe476-r3-saml-issuer-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-r3-saml-issuer-f
# tags: defusedxml, saml
# explanation: The SSO response posted by the browser is parsed and the Issuer element is read with find(...).text. A response without an Issuer makes find return None, so the .text access raises on attacker-supplied input and the login endpoint crashes.
# ---
from defusedxml import ElementTree

NS = {"saml": "urn:oasis:names:tc:SAML:2.0:assertion"}


def response_issuer(xml_text: str) -> str:
    root = ElementTree.fromstring(xml_text)
    issuer = root.find(".//saml:Issuer", NS).text  #@vuln
    return issuer.strip()
