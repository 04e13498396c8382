# ---
# id: cwe400-r2-zip-import-budget-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: zipfile, celery, json
# explanation: A Celery task imports a user-uploaded survey archive only after checking the member count and the declared uncompressed total, and it then reads each member through a stream capped at MAX_MEMBER bytes so a lying header cannot inflate more. Memory and work per archive are bounded, so a zip bomb is refused instead of expanding.
# ---
import json
import logging
import zipfile

from celery import shared_task

from surveys.models import Response as SurveyResponse
from surveys.storage import open_upload

log = logging.getLogger(__name__)

MAX_MEMBERS = 2000
MAX_MEMBER = 2 * 1024 * 1024
MAX_TOTAL = 200 * 1024 * 1024


class ArchiveRejected(Exception):
    pass


def read_capped(archive, info):
    with archive.open(info) as fh:
        data = fh.read(MAX_MEMBER + 1)
    if len(data) > MAX_MEMBER:
        raise ArchiveRejected(f"{info.filename} is larger than {MAX_MEMBER} bytes")
    return data


def check_budget(infos):
    if len(infos) > MAX_MEMBERS:
        raise ArchiveRejected(f"{len(infos)} members (max {MAX_MEMBERS})")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL:
        raise ArchiveRejected(f"archive expands to {total} bytes")


@shared_task(ignore_result=True)
def import_survey_archive(upload_id, survey_id):
    imported = 0
    with open_upload(upload_id) as raw, zipfile.ZipFile(raw) as archive:
        infos = [i for i in archive.infolist() if i.filename.endswith(".json") and not i.is_dir()]
        try:
            check_budget(infos)
            for info in infos:
                doc = json.loads(read_capped(archive, info))
                SurveyResponse.objects.update_or_create(
                    survey_id=survey_id, external_id=str(doc["id"]), defaults={"answers": doc.get("answers", {})}
                )
                imported += 1
        except (ArchiveRejected, ValueError, KeyError) as exc:
            log.warning("upload %s rejected after %d responses: %s", upload_id, imported, exc)
            return
    log.info("upload %s: imported %d responses", upload_id, imported)
