# ---
# id: cwe434-r2-django-contract-upload-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-r2-django-contract-upload-f
# tags: django, forms
# explanation: A Django FormView lets suppliers upload signed contracts and writes them with FileSystemStorage into MEDIA_ROOT, which the web server publishes under /media/. The form field is a plain FileField with no extension or type restriction, so a supplier can upload an .html, .svg or .shtml file and have it served as active content from the application's domain.
# ---
import logging

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.files.storage import FileSystemStorage
from django.urls import reverse_lazy
from django.utils import timezone
from django.views.generic.edit import FormView

from suppliers.models import Contract

logger = logging.getLogger(__name__)

MAX_CONTRACT_MB = 15


class ContractUploadForm(forms.Form):
    reference = forms.CharField(max_length=40)
    document = forms.FileField()  #@vuln
    notes = forms.CharField(widget=forms.Textarea, required=False, max_length=2000)

    def clean_document(self):
        doc = self.cleaned_data["document"]
        if doc.size > MAX_CONTRACT_MB * 1024 * 1024:
            raise forms.ValidationError(f"Files are limited to {MAX_CONTRACT_MB} MB.")
        return doc


class ContractUploadView(LoginRequiredMixin, FormView):
    template_name = "suppliers/contract_upload.html"
    form_class = ContractUploadForm
    success_url = reverse_lazy("suppliers:contracts")

    def form_valid(self, form):
        supplier = self.request.user.supplier
        storage = FileSystemStorage(location=f"media/contracts/{supplier.pk}", base_url=f"/media/contracts/{supplier.pk}/")
        doc = form.cleaned_data["document"]
        stored_name = storage.save(doc.name, doc)
        Contract.objects.create(
            supplier=supplier,
            reference=form.cleaned_data["reference"],
            notes=form.cleaned_data["notes"],
            file_url=storage.url(stored_name),
            uploaded_at=timezone.now(),
        )
        logger.info("supplier %s uploaded contract %s", supplier.pk, stored_name)
        messages.success(self.request, "Contract uploaded.")
        return super().form_valid(form)
