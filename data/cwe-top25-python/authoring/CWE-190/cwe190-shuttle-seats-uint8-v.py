# ---
# id: cwe190-shuttle-seats-uint8-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-shuttle-seats-uint8-f
# tags: numpy, django
# explanation: An airport-shuttle booking app keeps remaining seats per departure in a numpy uint8 array and subtracts each booking from it. Booking more seats than remain makes the uint8 subtraction wrap to a large value (e.g. 3 - 5 = 254), so later availability checks see plenty of seats and the shuttle is overbooked.
# ---
import numpy as np
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from shuttle.models import Booking, departure_index

remaining = np.full(2048, 14, dtype=np.uint8)


def take_seats(dep: int, seats: int) -> int:
    remaining[dep] = remaining[dep] - np.uint8(seats)  #@vuln
    return int(remaining[dep])


@require_POST
@login_required
def book(request, departure_id):
    dep = departure_index(departure_id)
    seats = int(request.POST.get("seats", "1"))
    if not 1 <= seats <= 6:
        return JsonResponse({"error": "1 to 6 seats per booking"}, status=400)
    left = take_seats(dep, seats)
    Booking.objects.create(user=request.user, departure_id=departure_id, seats=seats)
    return JsonResponse({"booked": seats, "remaining": left})
