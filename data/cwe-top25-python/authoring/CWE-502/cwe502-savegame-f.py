# ---
# id: cwe502-savegame-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-savegame-v
# tags: json, gzip, django
# explanation: Save files are now gzipped JSON and are read with json.load, which only produces dicts, lists, strings and numbers. A player who edits the file can change values (validated by the game logic) but cannot make the server run code.
# ---
import gzip
import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from game.models import SaveSlot


def read_save(fileobj):
    with gzip.GzipFile(fileobj=fileobj) as gz:
        return json.load(gz)


@login_required
@require_POST
def import_save(request, slot):
    state = read_save(request.FILES["save"])
    SaveSlot.objects.update_or_create(
        player=request.user,
        slot=slot,
        defaults={"level": state["level"], "inventory": state["inventory"], "gold": state["gold"]},
    )
    return JsonResponse({"slot": slot, "level": state["level"]})
