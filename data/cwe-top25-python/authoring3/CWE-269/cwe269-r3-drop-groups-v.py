# ---
# id: cwe269-r3-drop-groups-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-r3-drop-groups-f
# tags: os, pwd
# explanation: Privilege drop of a daemon started as root. It switches gid and uid to the service account but never clears the supplementary groups, so the process keeps root's group memberships (e.g. root, disk, adm) and the file access that comes with them for its whole life.
# ---
import os
import pwd


def drop_privileges(username="nobody"):
    if os.getuid() != 0:
        return
    pw = pwd.getpwnam(username)
    os.setgid(pw.pw_gid)  #@vuln
    os.setuid(pw.pw_uid)
    os.umask(0o077)
    os.environ["HOME"] = pw.pw_dir
