# ---
# id: cwe502-r3-checkpoint-torch-load-v
# cwe: CWE-502
# vulnerable: true
# twin: none
# tags: torch, fastapi
# explanation: A model-hosting service lets users upload fine-tuned checkpoints and opens them with torch.load(weights_only=False). That call unpickles the file, so a crafted checkpoint runs arbitrary code on the inference server as soon as it is loaded.
# ---
import io

import torch
from fastapi import UploadFile


async def register_checkpoint(model_name: str, file: UploadFile, registry):
    blob = await file.read()
    state = torch.load(io.BytesIO(blob), map_location="cpu", weights_only=False)  #@vuln
    if "state_dict" in state:
        state = state["state_dict"]
    model = registry.build(model_name)
    missing, unexpected = model.load_state_dict(state, strict=False)
    registry.store(model_name, model)
    return {"missing": list(missing), "unexpected": list(unexpected)}
