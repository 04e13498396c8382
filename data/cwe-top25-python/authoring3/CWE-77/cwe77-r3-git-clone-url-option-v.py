# ---
# id: cwe77-r3-git-clone-url-option-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-r3-git-clone-url-option-f
# tags: subprocess, git
# explanation: A code-analysis service clones a repository URL submitted by a user. No shell is used, but the URL is placed where git parses options, so a 'URL' like '--upload-pack=touch /tmp/pwned' (or an 'ext::sh -c ...' transport URL) makes git run an attacker-chosen command: argument injection into the git command.
# ---
import subprocess
import tempfile


def fetch_repo(url: str, ref: str = "HEAD") -> str:
    """Shallow-clone a repository submitted for analysis and return the checkout dir."""
    workdir = tempfile.mkdtemp(prefix="scan-")
    subprocess.run(["git", "clone", "--depth", "1", url, workdir],  #@vuln
                   check=True, timeout=300)
    subprocess.run(["git", "-C", workdir, "checkout", ref], check=True)
    return workdir
