# ---
# id: cwe863-guardian-object-perm-b
# cwe: CWE-863
# vulnerable: false
# twin: none
# tags: django, django-guardian
# explanation: Publishing a dataset checks the object-level permission datasets.publish_dataset on that specific dataset through django-guardian's backend, which is the permission that matches the action; users who can only view or edit the dataset are refused.
# ---
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from datasets.models import Dataset
from datasets.tasks import build_public_snapshot


@login_required
@require_POST
def publish_dataset(request, slug):
    dataset = get_object_or_404(Dataset, slug=slug)
    if not request.user.has_perm("datasets.publish_dataset", dataset):
        raise PermissionDenied
    dataset.visibility = "public"
    dataset.save(update_fields=["visibility"])
    build_public_snapshot.delay(dataset.pk)
    return redirect("datasets:detail", slug=slug)
