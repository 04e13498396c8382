# ---
# id: cwe502-r3-dataset-upload-npy-v
# cwe: CWE-502
# vulnerable: true
# twin: none
# tags: numpy, django
# explanation: A Django view accepts user-uploaded .npy arrays and loads them with numpy.load(allow_pickle=True). Object arrays are stored as pickles, so a crafted upload executes arbitrary code when loaded.
# ---
import io

import numpy as np
from django.http import JsonResponse


def handle_upload(request):
    f = request.FILES["array"]
    arr = np.load(io.BytesIO(f.read()), allow_pickle=True)  #@vuln
    return JsonResponse({
        "shape": list(arr.shape),
        "dtype": str(arr.dtype),
    })
