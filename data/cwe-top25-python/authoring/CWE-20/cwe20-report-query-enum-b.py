# ---
# id: cwe20-report-query-enum-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: fastapi, pydantic, enum
# explanation: A reporting endpoint constrains every query parameter: the granularity and sort order are Enums, the page size is bounded with ge/le, and the date range is checked to be ordered and at most 366 days long, so the aggregation only ever runs on well-formed input.
# ---
from datetime import date, timedelta
from enum import Enum

from fastapi import Depends, FastAPI, HTTPException, Query

from .auth import current_user
from .reports import revenue_series

app = FastAPI()


class Granularity(str, Enum):
    day = "day"
    week = "week"
    month = "month"


class Order(str, Enum):
    asc = "asc"
    desc = "desc"


@app.get("/reports/revenue")
async def revenue(
    start: date,
    end: date,
    granularity: Granularity = Granularity.day,
    order: Order = Order.asc,
    limit: int = Query(100, ge=1, le=1000),
    user=Depends(current_user),
):
    if end < start or end - start > timedelta(days=366):
        raise HTTPException(422, "end must be on or after start and within 366 days")
    rows = await revenue_series(user.account_id, start, end, granularity.value)
    rows.sort(key=lambda r: r["period"], reverse=order is Order.desc)
    return rows[:limit]
