# ---
# id: cwe434-r2-django-contract-upload-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-r2-django-contract-upload-v
# tags: django, forms
# explanation: The contract form field now carries FileExtensionValidator limited to pdf, and clean_document also checks that the file starts with the %PDF- signature, so only PDF documents reach the media storage; HTML, SVG or other active content is rejected with a form error.
# ---
import logging

from django import forms
from django.core.validators import FileExtensionValidator
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
    document = forms.FileField(validators=[FileExtensionValidator(["pdf"])])
    notes = forms.CharField(widget=forms.Textarea, required=False, max_length=2000)

    def clean_document(self):
        doc = self.cleaned_data["document"]
        if doc.size > MAX_CONTRACT_MB * 1024 * 1024:
            raise forms.ValidationError(f"Files are limited to {MAX_CONTRACT_MB} MB.")
        if doc.read(5) != b"%PDF-":
            raise forms.ValidationError("Upload the contract as a PDF file.")
        doc.seek(0)
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
