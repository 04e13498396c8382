# ---
# id: cwe269-r3-drop-groups-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-r3-drop-groups-v
# tags: os, pwd
# explanation: The drop now replaces the supplementary groups with the service account's own groups before changing gid and uid, so no root group membership survives.
# ---
import os
import pwd


def drop_privileges(username="nobody"):
    if os.getuid() != 0:
        return
    pw = pwd.getpwnam(username)
    os.initgroups(username, pw.pw_gid)
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
    os.umask(0o077)
    os.environ["HOME"] = pw.pw_dir
