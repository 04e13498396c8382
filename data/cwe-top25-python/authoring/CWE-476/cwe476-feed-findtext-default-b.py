# ---
# id: cwe476-feed-findtext-default-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: defusedxml, elementtree
# explanation: An RSS importer reads optional elements with findtext(..., default="") and iterates findall results, which are never None, and only touches the enclosure element's attributes after checking find() returned something. Feeds missing optional elements are imported without errors.
# ---
"""RSS feed parsing for the podcast importer."""

from defusedxml import ElementTree


def parse_feed(data: bytes) -> list:
    root = ElementTree.fromstring(data)
    items = []
    for item in root.findall("./channel/item"):
        entry = {
            "title": item.findtext("title", default="(untitled)").strip(),
            "link": item.findtext("link", default="").strip(),
            "published": item.findtext("pubDate", default=""),
            "audio": None,
        }
        enclosure = item.find("enclosure")
        if enclosure is not None and enclosure.get("type", "").startswith("audio/"):
            entry["audio"] = enclosure.get("url")
        items.append(entry)
    return items
