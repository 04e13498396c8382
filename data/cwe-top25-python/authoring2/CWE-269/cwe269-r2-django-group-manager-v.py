# ---
# id: cwe269-r2-django-group-manager-v
# cwe: CWE-269
# vulnerable: true
# twin: none
# tags: django
# explanation: A Django view lets department leads (members of "Group managers") add colleagues to groups. It checks that the caller is a group manager but lets them pick any group, including "Administrators" and "Group managers" itself, whose permissions exceed the lead's own; a lead can therefore add themselves or a friend to Administrators and escalate privileges.
# ---
import logging

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required, user_passes_test
from django.contrib.auth.models import Group, User
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

log = logging.getLogger(__name__)
MANAGER_GROUP = "Group managers"


def is_group_manager(user) -> bool:
    return user.is_active and user.groups.filter(name=MANAGER_GROUP).exists()


class AddToGroupForm(forms.Form):
    username = forms.CharField(max_length=150)
    group = forms.ModelChoiceField(queryset=Group.objects.order_by("name"))  #@vuln

    def clean_username(self):
        name = self.cleaned_data["username"].strip()
        try:
            return User.objects.get(username=name, is_active=True)
        except User.DoesNotExist:
            raise forms.ValidationError("no active user with that name")


@login_required
@user_passes_test(is_group_manager)
@require_http_methods(["GET", "POST"])
def add_to_group(request):
    form = AddToGroupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.cleaned_data["username"]
        group = form.cleaned_data["group"]
        if user.groups.filter(pk=group.pk).exists():
            messages.info(request, f"{user.username} is already in {group.name}.")
        else:
            user.groups.add(group)
            log.info("%s added %s to %s", request.user.username, user.username, group.name)
            messages.success(request, f"{user.username} added to {group.name}.")
        return redirect("groups:add")
    members = {
        g.name: list(g.user_set.values_list("username", flat=True)[:50])
        for g in Group.objects.prefetch_related("user_set")
    }
    return render(request, "groups/add.html", {"form": form, "members": members})
