# ---
# id: cwe79-sparkline-mark-safe-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: django
# explanation: This Django view marks an inline SVG sparkline as safe with mark_safe. The SVG is built only from floats computed from stored readings and fixed constants; no string supplied by a user reaches it, and the sensor name goes to the template as a normal autoescaped variable.
# ---
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from telemetry.models import Sensor

WIDTH, HEIGHT = 120, 24


def sparkline(values):
    if len(values) < 2:
        return mark_safe("<svg width='120' height='24'></svg>")
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    step = WIDTH / (len(values) - 1)
    points = " ".join(
        "%.1f,%.1f" % (i * step, HEIGHT - (float(v) - lo) / span * HEIGHT)
        for i, v in enumerate(values)
    )
    return mark_safe(
        f"<svg width='{WIDTH}' height='{HEIGHT}'><polyline fill='none' stroke='#2a7' points='{points}'/></svg>"
    )


def sensor_detail(request, pk):
    sensor = get_object_or_404(Sensor, pk=pk)
    values = list(sensor.readings.order_by("-taken_at").values_list("value", flat=True)[:48])
    return render(request, "telemetry/sensor.html", {"sensor": sensor, "spark": sparkline(values[::-1])})
