# ---
# id: cwe77-r3-git-clone-url-option-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-r3-git-clone-url-option-v
# tags: subprocess, git
# explanation: Fixed twin: only https:// and ssh:// URLs are accepted (which rules out options and the ext:: transport) and '--' ends git's option parsing before the URL; the ref may not start with '-' and is followed by '--', so it is read as a revision, not an option or path.
# ---
import subprocess
import tempfile


def fetch_repo(url: str, ref: str = "HEAD") -> str:
    """Shallow-clone a repository submitted for analysis and return the checkout dir."""
    workdir = tempfile.mkdtemp(prefix="scan-")
    if not url.startswith(("https://", "ssh://")) or ref.startswith("-"):
        raise ValueError("unsupported repository URL or ref")
    subprocess.run(["git", "clone", "--depth", "1", "--", url, workdir],
                   check=True, timeout=300)
    subprocess.run(["git", "-C", workdir, "checkout", ref, "--"], check=True)
    return workdir
