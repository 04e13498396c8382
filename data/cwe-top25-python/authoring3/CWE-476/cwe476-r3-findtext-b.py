# ---
# id: cwe476-r3-findtext-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: defusedxml
# explanation: findtext with a default returns a string even when the element is missing, so the feed items parsed from a remote RSS document never lead to attribute access on None.
# ---
from defusedxml import ElementTree


def parse_feed(xml_bytes):
    root = ElementTree.fromstring(xml_bytes)
    items = []
    for item in root.iter("item"):
        items.append({
            "title": item.findtext("title", default="").strip(),
            "link": item.findtext("link", default=""),
            "date": item.findtext("pubDate", default=None),
        })
    return items
