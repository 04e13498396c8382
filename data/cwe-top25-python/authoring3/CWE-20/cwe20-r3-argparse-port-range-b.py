# ---
# id: cwe20-r3-argparse-port-range-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: argparse
# explanation: The CLI parses the port with a custom type that enforces 1-65535 and restricts the log level with choices, so invalid values stop at argument parsing with a clear error.
# ---
import argparse


def port_number(text):
    value = int(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError("port must be 1-65535, got %d" % value)
    return value


def parse_args(argv=None):
    p = argparse.ArgumentParser(prog="relayd")
    p.add_argument("--port", type=port_number, default=8025)
    p.add_argument("--log-level", choices=["debug", "info", "warning", "error"], default="info")
    p.add_argument("--workers", type=int, default=4)
    return p.parse_args(argv)
