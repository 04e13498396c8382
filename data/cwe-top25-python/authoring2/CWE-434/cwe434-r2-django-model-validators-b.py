# ---
# id: cwe434-r2-django-model-validators-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: django, djangorestframework, pillow
# explanation: A Django model for product photos uses an ImageField (Pillow must open the file as an image), a FileExtensionValidator limited to jpg/png/webp and an upload_to callable that throws away the client name for a UUID. The DRF serializer re-runs model validation, so only real raster images with image extensions are stored and served from media.
# ---
import os
import uuid

from django.core.validators import FileExtensionValidator
from django.db import models
from rest_framework import mixins, permissions, serializers, viewsets

PHOTO_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
MAX_PHOTO_BYTES = 4 * 1024 * 1024


def photo_path(instance, filename):
    ext = os.path.splitext(filename)[1].lower()
    return f"products/{instance.product_id}/{uuid.uuid4().hex}{ext}"


class ProductPhoto(models.Model):
    product = models.ForeignKey("catalog.Product", on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(upload_to=photo_path, validators=[FileExtensionValidator(PHOTO_EXTENSIONS)])
    caption = models.CharField(max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "created"]


class ProductPhotoSerializer(serializers.ModelSerializer):
    class Meta:
        model = ProductPhoto
        fields = ["id", "product", "image", "caption", "position"]

    def validate_image(self, value):
        if value.size > MAX_PHOTO_BYTES:
            raise serializers.ValidationError("Photos are limited to 4 MB.")
        return value


class ProductPhotoViewSet(mixins.CreateModelMixin, mixins.ListModelMixin, mixins.DestroyModelMixin,
                          viewsets.GenericViewSet):
    serializer_class = ProductPhotoSerializer
    permission_classes = [permissions.DjangoModelPermissions]
    queryset = ProductPhoto.objects.select_related("product")

    def get_queryset(self):
        qs = super().get_queryset()
        product = self.request.query_params.get("product")
        if product is not None and product.isdigit():
            qs = qs.filter(product_id=int(product))
        return qs
