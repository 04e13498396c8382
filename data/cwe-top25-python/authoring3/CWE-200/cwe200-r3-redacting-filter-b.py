# ---
# id: cwe200-r3-redacting-filter-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: logging
# explanation: A logging filter that masks values of sensitive keys in dict arguments before they are written; the request logger logs form dicts through it.
# ---
import logging

REDACT = {"password", "token", "authorization", "card_number", "cvv"}


class RedactFilter(logging.Filter):
    def filter(self, record):
        if isinstance(record.args, dict):
            record.args = {k: ("***" if k.lower() in REDACT else v) for k, v in record.args.items()}
        elif isinstance(record.args, tuple):
            record.args = tuple(
                {k: ("***" if k.lower() in REDACT else v) for k, v in a.items()} if isinstance(a, dict) else a
                for a in record.args
            )
        return True


request_log = logging.getLogger("requests")
request_log.addFilter(RedactFilter())
