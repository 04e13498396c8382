# ---
# id: cwe434-django-extension-validator-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: django
# explanation: Thesis uploads use a FileField with FileExtensionValidator(["pdf"]) plus a form check for the %PDF- signature, and they are served back only by a view that sends them as attachments with application/pdf, so non-PDF content cannot be stored or rendered as a page.
# ---
from django import forms
from django.core.validators import FileExtensionValidator
from django.db import models
from django.http import FileResponse
from django.shortcuts import get_object_or_404


class Thesis(models.Model):
    student = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    title = models.CharField(max_length=300)
    document = models.FileField(upload_to="theses/%Y/", validators=[FileExtensionValidator(["pdf"])])


class ThesisForm(forms.ModelForm):
    class Meta:
        model = Thesis
        fields = ("title", "document")

    def clean_document(self):
        doc = self.cleaned_data["document"]
        head = doc.read(5)
        doc.seek(0)
        if head != b"%PDF-":
            raise forms.ValidationError("The file is not a PDF.")
        return doc


def download_thesis(request, pk):
    thesis = get_object_or_404(Thesis, pk=pk, student=request.user)
    return FileResponse(thesis.document.open("rb"), as_attachment=True,
                        filename=f"thesis-{thesis.pk}.pdf", content_type="application/pdf")
