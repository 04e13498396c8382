# ---
# id: cwe190-invoice-lines-int32-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-invoice-lines-int32-f
# tags: numpy, pandas
# explanation: A B2B invoicing job computes line totals from an uploaded order CSV with numpy int32 columns: quantity * unit_cents. Element-wise int32 multiplication wraps silently, so a line with quantity 3,000,000 at 1,000 cents becomes a negative total that reduces the invoice amount.
# ---
import numpy as np
import pandas as pd


def line_totals(orders: pd.DataFrame) -> np.ndarray:
    qty = orders["quantity"].to_numpy(dtype=np.int32)
    unit = orders["unit_cents"].to_numpy(dtype=np.int32)
    return qty * unit  #@vuln


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
