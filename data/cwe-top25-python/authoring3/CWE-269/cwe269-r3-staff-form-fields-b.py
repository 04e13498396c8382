# ---
# id: cwe269-r3-staff-form-fields-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: django
# explanation: Form used by staff to edit accounts: it exposes only name, email and the active flag, so neither staff nor superuser status can be changed through it; those flags are edited only in the superuser-only admin.
# ---
from django import forms
from django.contrib.auth import get_user_model


class StaffAccountForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ("first_name", "last_name", "email", "is_active")

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        qs = self.Meta.model.objects.filter(email=email).exclude(pk=self.instance.pk)
        if qs.exists():
            raise forms.ValidationError("email already used")
        return email
