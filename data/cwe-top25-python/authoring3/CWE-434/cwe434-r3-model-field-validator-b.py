# ---
# id: cwe434-r3-model-field-validator-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: django
# explanation: The Django model restricts its FileField with FileExtensionValidator to PDF and Office documents; ModelForms run the validator, so uploads with other types are rejected before being saved to storage.
# ---
from django.core.validators import FileExtensionValidator
from django.db import models


class Submission(models.Model):
    author = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    title = models.CharField(max_length=200)
    document = models.FileField(
        upload_to="submissions/%Y/%m/",
        validators=[FileExtensionValidator(allowed_extensions=["pdf", "docx", "odt"])],
    )
    created = models.DateTimeField(auto_now_add=True)
