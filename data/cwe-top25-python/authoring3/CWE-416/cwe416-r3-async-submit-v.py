# ---
# id: cwe416-r3-async-submit-v
# cwe: CWE-416
# vulnerable: true
# twin: none
# tags: numpy, ctypes
# explanation: np.ascontiguousarray makes a temporary float32 copy whose data pointer is handed to an asynchronous native DSP job. The function returns right away and the temporary is freed, while the native worker thread keeps reading from that address.
# ---
import ctypes

import numpy as np


def submit_filter(lib, queue, samples) -> int:
    data = np.ascontiguousarray(samples, dtype=np.float32)
    job = lib.dsp_job_new(queue)
    lib.dsp_job_submit(job, ctypes.c_void_p(data.ctypes.data), data.size)  #@vuln
    return job
