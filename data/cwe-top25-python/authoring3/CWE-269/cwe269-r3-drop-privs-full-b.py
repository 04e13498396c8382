# ---
# id: cwe269-r3-drop-privs-full-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: os, grp, pwd
# explanation: Standard privilege drop for a daemon started as root: supplementary groups are cleared, gid then uid are set to the service account, and the function verifies that regaining root fails.
# ---
import grp
import os
import pwd


def become(user="www-data", group="www-data"):
    if os.getuid() != 0:
        return
    uid = pwd.getpwnam(user).pw_uid
    gid = grp.getgrnam(group).gr_gid
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)
    try:
        os.setuid(0)
    except PermissionError:
        return
    raise RuntimeError("privileges were not dropped")
