# ---
# id: cwe22-r3-storage-delete-key-v
# cwe: CWE-22
# vulnerable: true
# twin: none
# tags: os
# explanation: A local storage backend deletes objects by key; keys come from API clients (for example an object name in a DELETE request). Stripping the leading slash stops absolute paths but not '../' segments, so a key like '../../app/config.py' deletes files outside the storage root.
# ---
class LocalStorage:
    def __init__(self, root):
        self.root = root

    def delete(self, key):
        """Remove the object stored under *key*; missing keys are ignored."""
        path = os.path.join(self.root, key.lstrip("/"))  #@vuln
        try:
            os.remove(path)
        except FileNotFoundError:
            pass
