# ---
# id: cwe798-fernet-key-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-fernet-key-f
# tags: cryptography, sqlite3
# explanation: A patient-notes store encrypts records with Fernet, but the key is a bytes literal in the module (hard-coded cryptographic key, CWE-321 under CWE-798). Anyone who has the code can decrypt every stored note, so the encryption protects nothing.
# ---
import sqlite3

from cryptography.fernet import Fernet

NOTES_KEY = b"3q2-7wEKmJ0X1bV9rT4yUuFhN6cPzL8sAeGdWkYiOoQ="  #@vuln
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
