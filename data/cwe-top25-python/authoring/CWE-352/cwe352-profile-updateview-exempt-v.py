# ---
# id: cwe352-profile-updateview-exempt-v
# cwe: CWE-352
# vulnerable: true
# twin: none
# tags: django
# explanation: A Django class-based UpdateView for the user's shipping profile is wrapped with method_decorator(csrf_exempt, name="dispatch"). The view is reached with the normal session cookie, so a form on another site can rewrite the victim's delivery address.
# ---
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from django.views.generic.edit import UpdateView

from shop.models import ShippingProfile


@method_decorator(csrf_exempt, name="dispatch")  #@vuln
class ShippingProfileUpdate(LoginRequiredMixin, UpdateView):
    model = ShippingProfile
    fields = ["recipient", "street", "postcode", "city", "country", "phone"]
    template_name = "shop/shipping_form.html"
    success_url = reverse_lazy("shop:account")

    def get_object(self, queryset=None):
        profile, _ = ShippingProfile.objects.get_or_create(user=self.request.user)
        return profile
