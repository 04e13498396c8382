# ---
# id: cwe78-r3-print-job-lp-v
# cwe: CWE-78
# vulnerable: true
# twin: none
# tags: os, logging
# explanation: A worker sends queued print jobs to CUPS with os.system. The job title and copies were entered by users in the web frontend and stored in the queue; putting them in double quotes is not enough because '$(...)' and backticks are expanded inside double quotes, and copies is not converted to int, so a title or copies value runs commands.
# ---
import os
import logging

log = logging.getLogger(__name__)


def notify_printer(job):
    # job comes from the print queue table (filled by the web frontend)
    title = job["title"]
    copies = job.get("copies", 1)
    log.info("printing %s", title)
    rc = os.system('lp -n %s -t "%s" %s' % (copies, title, job["spool_file"]))  #@vuln
    if rc != 0:
        log.error("lp failed with %s", rc)
    return rc == 0
