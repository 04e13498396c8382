# ---
# id: cwe798-base64-obscured-v
# cwe: CWE-798
# vulnerable: true
# twin: none
# tags: ftplib, base64
# explanation: A data-feed uploader "hides" the FTP password by storing it base64-encoded and decoding it at run time. Base64 is an encoding, not protection: the credential is still embedded in the code and recoverable by anyone who reads it.
# ---
import base64
import ftplib
from pathlib import Path

FEED_HOST = "ftp.partner-feeds.example"
FEED_USER = "acme_feed"
_FEED_PW = base64.b64decode("QWNtM0ZlZWQhMjAyNA==").decode()  #@vuln


def upload_feed(files: list[Path], remote_dir: str = "/incoming") -> int:
    with ftplib.FTP_TLS(FEED_HOST, timeout=60) as ftp:
        ftp.login(FEED_USER, _FEED_PW)
        ftp.prot_p()
        ftp.cwd(remote_dir)
        for path in files:
            with path.open("rb") as fh:
                ftp.storbinary(f"STOR {path.name}", fh)
    return len(files)


if __name__ == "__main__":
    print(upload_feed(sorted(Path("/var/feeds/out").glob("*.xml"))))
