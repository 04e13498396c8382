# ---
# id: cwe798-fernet-key-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-fernet-key-v
# tags: cryptography, sqlite3
# explanation: The Fernet key is now supplied through the NOTES_FERNET_KEY environment variable (populated from the key-management system), so the source code no longer contains the key that decrypts the notes.
# ---
import os
import sqlite3

from cryptography.fernet import Fernet

NOTES_KEY = os.environ["NOTES_FERNET_KEY"].encode()
cipher = Fernet(NOTES_KEY)


class NoteStore:
    def __init__(self, path="notes.db"):
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS notes (patient_id TEXT, created TEXT, body BLOB)")

    def add(self, patient_id: str, created: str, text: str) -> None:
        self.db.execute(
            "INSERT INTO notes VALUES (?, ?, ?)", (patient_id, created, cipher.encrypt(text.encode("utf-8")))
        )
        self.db.commit()

    def for_patient(self, patient_id: str) -> list[tuple[str, str]]:
        rows = self.db.execute("SELECT created, body FROM notes WHERE patient_id = ? ORDER BY created", (patient_id,))
        return [(created, cipher.decrypt(body).decode("utf-8")) for created, body in rows]
