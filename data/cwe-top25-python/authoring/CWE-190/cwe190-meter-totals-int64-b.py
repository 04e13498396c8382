# ---
# id: cwe190-meter-totals-int64-b
# cwe: CWE-190
# vulnerable: false
# twin: none
# tags: numpy, pandas
# explanation: A utility-billing job reads smart-meter readings as int64 (watt-hours), checks that every reading is within a physical maximum before aggregating, and bills with Python ints, so neither the element-wise products nor the totals can approach the int64 limit.
# ---
import numpy as np
import pandas as pd

MAX_WH_PER_INTERVAL = 50_000


def interval_costs(readings: pd.DataFrame, tariff_millicents: np.ndarray) -> np.ndarray:
    wh = readings["wh"].to_numpy(dtype=np.int64)
    if (wh < 0).any() or (wh > MAX_WH_PER_INTERVAL).any():
        raise ValueError("meter reading outside physical range")
    rates = tariff_millicents.astype(np.int64)
    return wh * rates[readings["tariff_band"].to_numpy()]


def monthly_bill(readings: pd.DataFrame, tariff_millicents: np.ndarray) -> int:
    costs = interval_costs(readings, tariff_millicents)
    return sum(int(c) for c in costs) // 1000
