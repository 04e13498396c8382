# ---
# id: cwe434-django-imagefield-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: django, pillow
# explanation: Pet photos are uploaded through a ModelForm backed by an ImageField; Django's form field opens the file with Pillow and validates the extension against the formats Pillow can read, and upload_to replaces the client's name with a random one keeping only that validated extension. Non-images and HTML/SVG files are rejected.
# ---
import os
import uuid

from django import forms
from django.db import models


def photo_path(instance, filename):
    ext = os.path.splitext(filename)[1].lower()
    return f"pets/{instance.owner_id}/{uuid.uuid4().hex}{ext}"


class PetPhoto(models.Model):
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    pet_name = models.CharField(max_length=60)
    image = models.ImageField(upload_to=photo_path)
    uploaded_at = models.DateTimeField(auto_now_add=True)


class PetPhotoForm(forms.ModelForm):
    class Meta:
        model = PetPhoto
        fields = ("pet_name", "image")

    def clean_image(self):
        image = self.cleaned_data["image"]
        if image.size > 5 * 1024 * 1024:
            raise forms.ValidationError("Photos must be under 5 MB.")
        return image
