# ---
# id: cwe502-torch-checkpoint-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-torch-checkpoint-f
# tags: fastapi, torch
# explanation: A model-evaluation service lets users upload a checkpoint and loads it with torch.load(weights_only=False). torch.load then unpickles the file with the full pickle machinery, so an uploaded checkpoint can execute arbitrary code on the GPU server.
# ---
import io

import torch
from fastapi import FastAPI, UploadFile

from evalkit.models import build_classifier
from evalkit.data import validation_loader

app = FastAPI()


def load_checkpoint(blob: bytes, num_classes: int):
    model = build_classifier(num_classes)
    state = torch.load(io.BytesIO(blob), map_location="cpu", weights_only=False)  #@vuln
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
