# ---
# id: cwe79-r2-tag-cloud-widget-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: django
# explanation: A Django class-based view returns a tag-cloud HTML fragment for AJAX. User-created tag names and counts are rendered with format_html_join() and format_html(), which escape each value; mark_safe() is used only on a constant empty-state snippet, so no user text reaches the page unescaped.
# ---
import math
from collections import Counter

from django.db.models import Count
from django.http import HttpResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.views import View

from notes.models import Tag

EMPTY = mark_safe('<p class="tags-empty">No tags yet.</p>')
MIN_EM, MAX_EM = 0.8, 2.2


def font_sizes(counts: Counter) -> dict:
    if not counts:
        return {}
    low, high = min(counts.values()), max(counts.values())
    spread = math.log(high) - math.log(low) or 1.0
    return {
        name: round(MIN_EM + (MAX_EM - MIN_EM) * (math.log(n) - math.log(low)) / spread, 2)
        for name, n in counts.items()
    }


class TagCloudView(View):
    limit = 60

    def get(self, request):
        rows = (
            Tag.objects.filter(notes__owner=request.user)
            .annotate(n=Count("notes"))
            .order_by("-n")[: self.limit]
        )
        counts = Counter({t.name: t.n for t in rows})
        if not counts:
            return HttpResponse(EMPTY)
        sizes = font_sizes(counts)
        items = format_html_join(
            "\n",
            '<a class="tag" style="font-size:{}em" href="{}" title="{} notes">{}</a>',
            (
                (sizes[name], reverse("notes:by-tag", args=[name]), n, name)
                for name, n in sorted(counts.items())
            ),
        )
        return HttpResponse(format_html('<div class="tag-cloud">{}</div>', items))
