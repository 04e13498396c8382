# ---
# id: cwe94-local-config-exec-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: argparse, exec, runpy
# explanation: A static-site generator reads its configuration from a Python file in the user's own project (like Sphinx's conf.py) and executes it with exec(compile(...)). The file is written by the developer running the tool on their own machine, so running it grants nothing they do not already have.
# ---
import argparse
from pathlib import Path

DEFAULTS = {"site_name": "My Site", "output_dir": "public", "theme": "plain", "pages": "content"}


def load_config(project: Path) -> dict:
    conf_file = project / "siteconf.py"
    namespace = dict(DEFAULTS)
    if conf_file.exists():
        source = conf_file.read_text(encoding="utf-8")
        exec(compile(source, str(conf_file), "exec"), namespace)
    return {k: namespace[k] for k in DEFAULTS}


def main() -> None:
    parser = argparse.ArgumentParser(prog="sitegen")
    parser.add_argument("project", nargs="?", type=Path, default=Path.cwd())
    args = parser.parse_args()
    config = load_config(args.project)
    print(f"Building {config['site_name']} from {config['pages']} into {config['output_dir']} ({config['theme']})")


if __name__ == "__main__":
    main()
