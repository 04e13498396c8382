# ---
# id: cwe400-slug-regex-linear-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: django, re
# explanation: A CMS validates page slugs with an anchored regex of simple character classes separated by single hyphens, ([a-z0-9]+(?:-[a-z0-9]+)*), where each repetition must start with a literal hyphen, so there is only one way to match any input and no catastrophic backtracking; the field is also capped at 80 characters.
# ---
import re

from django import forms

from cms.models import Page

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class PageForm(forms.ModelForm):
    slug = forms.CharField(max_length=80)

    class Meta:
        model = Page
        fields = ["title", "slug", "body", "published"]

    def clean_slug(self):
        slug = self.cleaned_data["slug"].strip().lower()
        if not SLUG_RE.match(slug):
            raise forms.ValidationError("Use lowercase letters, digits and single hyphens.")
        if Page.objects.filter(slug=slug).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("That slug is taken.")
        return slug
