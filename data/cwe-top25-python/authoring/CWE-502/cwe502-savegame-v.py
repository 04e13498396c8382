# ---
# id: cwe502-savegame-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-savegame-f
# tags: pickle, gzip, django
# explanation: A browser game's Django backend lets players import a save file they downloaded earlier; the upload is gunzipped and passed to pickle.load. Players can edit the file, so a modified save containing a reduce payload runs code on the game server.
# ---
import gzip
import pickle

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from game.models import SaveSlot


def read_save(fileobj):
    with gzip.GzipFile(fileobj=fileobj) as gz:
        return pickle.load(gz)  #@vuln


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
