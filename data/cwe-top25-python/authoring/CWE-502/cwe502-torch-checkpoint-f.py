# ---
# id: cwe502-torch-checkpoint-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-torch-checkpoint-v
# tags: fastapi, torch
# explanation: Uploaded checkpoints are now loaded with torch.load(weights_only=True), which uses a restricted unpickler that only accepts tensors and primitive containers. A checkpoint carrying code-executing pickle opcodes is rejected instead of run.
# ---
import io

import torch
from fastapi import FastAPI, UploadFile

from evalkit.models import build_classifier
from evalkit.data import validation_loader

app = FastAPI()


def load_checkpoint(blob: bytes, num_classes: int):
    model = build_classifier(num_classes)
    state = torch.load(io.BytesIO(blob), map_location="cpu", weights_only=True)
    model.load_state_dict(state["model"] if "model" in state else state)
    return model.eval()


@app.post("/evaluate")
async def evaluate(checkpoint: UploadFile, num_classes: int = 10):
    model = load_checkpoint(await checkpoint.read(), num_classes)
    correct = total = 0
    with torch.no_grad():
        for x, y in validation_loader(batch_size=64):
            correct += (model(x).argmax(dim=1) == y).sum().item()
            total += y.numel()
    return {"accuracy": correct / max(total, 1)}
