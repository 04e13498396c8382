# ---
# id: cwe190-invoice-lines-int32-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-invoice-lines-int32-v
# tags: numpy, pandas
# explanation: Quantities and prices are now read as int64 and checked against sane maxima before multiplying, so the largest possible product is far below the int64 limit and line totals cannot wrap negative.
# ---
import numpy as np
import pandas as pd


def line_totals(orders: pd.DataFrame) -> np.ndarray:
    qty = orders["quantity"].to_numpy(dtype=np.int64)
    unit = orders["unit_cents"].to_numpy(dtype=np.int64)
    if (qty > 10_000_000).any() or (unit < 0).any() or (unit > 100_000_000).any():
        raise ValueError("quantity or unit price out of range")
    return qty * unit


def build_invoice(csv_path: str, customer_id: str) -> dict:
    orders = pd.read_csv(csv_path, usecols=["sku", "quantity", "unit_cents"])
    orders = orders[orders["quantity"] > 0]
    totals = line_totals(orders)
    return {
        "customer": customer_id,
        "lines": [
            {"sku": sku, "total_cents": int(t)} for sku, t in zip(orders["sku"], totals)
        ],
        "amount_cents": int(totals.sum(dtype=np.int64)),
    }
