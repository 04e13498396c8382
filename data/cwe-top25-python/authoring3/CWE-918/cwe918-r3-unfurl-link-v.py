# ---
# id: cwe918-r3-unfurl-link-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-r3-unfurl-link-f
# tags: urllib, re
# explanation: A chat bot unfurls links posted in messages by fetching the first URL and extracting its title. Any chat member controls the URL, so the bot fetches internal-only hosts and echoes their titles into the channel; only the scheme is checked.
# ---
import re
import urllib.request

TITLE_RE = re.compile(rb"<title>(.*?)</title>", re.I | re.S)


def unfurl(url):
    if not url.startswith(("http://", "https://")):
        return None
    with urllib.request.urlopen(url, timeout=4) as resp:  #@vuln
        head = resp.read(65536)
    m = TITLE_RE.search(head)
    return m.group(1).decode("utf-8", "replace").strip() if m else None
