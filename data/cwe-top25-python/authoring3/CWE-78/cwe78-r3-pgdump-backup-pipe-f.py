# ---
# id: cwe78-r3-pgdump-backup-pipe-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-r3-pgdump-backup-pipe-v
# tags: subprocess
# explanation: Fixed twin: the pipeline is built with two Popen/check_call processes connected by a pipe, both with argument lists and no shell, so the database name is only an argument to pg_dump.
# ---
import subprocess


class Backup:
    def __init__(self, config):
        self.config = config

    def dump_database(self, db_name):
        target = "%s/%s.sql.gz" % (self.config["backup_dir"], db_name)
        with open(target, "wb") as out:
            dump = subprocess.Popen(["pg_dump", "--", db_name], stdout=subprocess.PIPE)
            subprocess.check_call(["gzip"], stdin=dump.stdout, stdout=out)
            dump.stdout.close()
            if dump.wait() != 0:
                raise subprocess.CalledProcessError(dump.returncode, "pg_dump")
        return target
