# ---
# id: cwe89-r2-stock-repository-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-r2-stock-repository-f
# tags: sqlalchemy
# explanation: A warehouse stock repository built on SQLAlchemy Core. find_by_sku() formats the caller-supplied SKU into a text() statement, and the SKU comes straight from a barcode scanner API request, so a crafted SKU such as ' UNION SELECT ... can read other tables. The reserve() method already uses bound parameters.
# ---
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("warehouse.stock")


@dataclass(frozen=True)
class StockLevel:
    sku: str
    location: str
    on_hand: int
    reserved: int

    @property
    def available(self) -> int:
        return max(0, self.on_hand - self.reserved)


class StockRepository:
    def __init__(self, engine: Engine, warehouse_id: int) -> None:
        self.engine = engine
        self.warehouse_id = warehouse_id

    def find_by_sku(self, sku: str) -> Optional[StockLevel]:
        stmt = text(  #@vuln
            "SELECT sku, location, on_hand, reserved FROM stock "  #@vuln
            f"WHERE warehouse_id = {self.warehouse_id} AND sku = '{sku.upper()}'"  #@vuln
        )  #@vuln
        with self.engine.connect() as conn:
            row = conn.execute(stmt).first()
        if row is None:
            log.info("sku %s not stocked in warehouse %s", sku, self.warehouse_id)
            return None
        return StockLevel(*row)

    def reserve(self, sku: str, qty: int) -> bool:
        if qty <= 0:
            raise ValueError("quantity must be positive")
        stmt = text(
            "UPDATE stock SET reserved = reserved + :qty "
            "WHERE warehouse_id = :wh AND sku = :sku AND on_hand - reserved >= :qty"
        )
        with self.engine.begin() as conn:
            result = conn.execute(stmt, {"qty": qty, "wh": self.warehouse_id, "sku": sku.upper()})
        ok = result.rowcount == 1
        log.info("reserve %s x%d in %s: %s", sku, qty, self.warehouse_id, "ok" if ok else "short")
        return ok


def lookup_for_scanner(repo: StockRepository, payload: dict) -> dict:
    level = repo.find_by_sku(payload["sku"])
    if level is None:
        return {"found": False}
    return {"found": True, "location": level.location, "available": level.available}
