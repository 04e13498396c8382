# ---
# id: cwe862-tenant-report-fastapi-v
# cwe: CWE-862
# vulnerable: true
# twin: none
# tags: fastapi, sqlalchemy
# explanation: In a multi-tenant analytics API, the report endpoint authenticates the user through a dependency but fetches the report by id without restricting it to the user's tenant. Users of one customer organisation can read reports belonging to other organisations.
# ---
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..deps import current_user, db_session
from ..models import Report
from ..schemas import ReportOut

router = APIRouter()


async def load_report(session: AsyncSession, report_id: int) -> Report:
    result = await session.execute(select(Report).where(Report.id == report_id))  #@vuln
    report = result.scalar_one_or_none()
    if report is None:
        raise HTTPException(status_code=404)
    return report


@router.get("/reports/{report_id}", response_model=ReportOut)
async def get_report(report_id: int, user=Depends(current_user), session: AsyncSession = Depends(db_session)):
    report = await load_report(session, report_id)
    return ReportOut.model_validate(report)
