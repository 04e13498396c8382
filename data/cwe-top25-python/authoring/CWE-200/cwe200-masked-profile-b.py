# ---
# id: cwe200-masked-profile-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: django, django-rest-framework
# explanation: An account endpoint returns payment and contact details, which looks sensitive, but it only serves the authenticated user's own record and returns the card brand with the last four digits and a masked phone number. No full card data, hashes or tokens are serialised.
# ---
from rest_framework import permissions, serializers
from rest_framework.generics import RetrieveAPIView


class AccountSerializer(serializers.Serializer):
    username = serializers.CharField()
    email = serializers.EmailField()
    phone = serializers.SerializerMethodField()
    card = serializers.SerializerMethodField()

    def get_phone(self, user):
        phone = user.profile.phone or ""
        return ("*" * max(len(phone) - 3, 0)) + phone[-3:] if phone else None

    def get_card(self, user):
        method = user.profile.default_payment_method
        if method is None:
            return None
        return {"brand": method.brand, "last4": method.last4, "expires": f"{method.exp_month:02d}/{method.exp_year}"}


class MyAccountView(RetrieveAPIView):
    serializer_class = AccountSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_object(self):
        return self.request.user
