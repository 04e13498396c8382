# ---
# id: cwe476-r3-plugin-registry-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: click
# explanation: The exporter named on the command line is looked up with dict.get and the None case is turned into a usage error before any method is called on the result.
# ---
import click

EXPORTERS = {}


@click.command()
@click.argument("fmt")
@click.argument("source", type=click.Path(exists=True))
def export(fmt, source):
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise click.BadParameter("unknown format %r (choose from %s)" % (fmt, ", ".join(sorted(EXPORTERS))))
    with open(source, "rb") as fh:
        click.echo(exporter.export(fh.read()))
