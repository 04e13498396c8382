# ---
# id: cwe476-r3-saml-issuer-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-r3-saml-issuer-v
# tags: defusedxml, saml
# explanation: A missing or empty Issuer element is reported as a ValueError that the caller turns into a login failure; .text is only read from an element that was found.
# ---
from defusedxml import ElementTree

NS = {"saml": "urn:oasis:names:tc:SAML:2.0:assertion"}


def response_issuer(xml_text: str) -> str:
    root = ElementTree.fromstring(xml_text)
    node = root.find(".//saml:Issuer", NS)
    if node is None or not node.text:
        raise ValueError("SAML response has no Issuer")
    return node.text.strip()
