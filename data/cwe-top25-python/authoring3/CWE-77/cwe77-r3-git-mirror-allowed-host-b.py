# ---
# id: cwe77-r3-git-mirror-allowed-host-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: subprocess, git
# explanation: Mirrors a repository from a user-supplied URL. The URL must be https on an allowed host and '--' precedes it, so it can be neither a git option nor a special transport; the argument list is run without a shell.
# ---
import subprocess
from urllib.parse import urlsplit

ALLOWED_HOSTS = {"github.com", "gitlab.com"}


def mirror_repo(url, dest):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        raise ValueError("repository must be an https URL on an allowed host")
    subprocess.run(["git", "clone", "--mirror", "--", url, dest], check=True)
