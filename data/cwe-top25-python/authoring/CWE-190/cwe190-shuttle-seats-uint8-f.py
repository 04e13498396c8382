# ---
# id: cwe190-shuttle-seats-uint8-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-shuttle-seats-uint8-v
# tags: numpy, django
# explanation: take_seats() now refuses bookings larger than the seats remaining before subtracting, so the uint8 count can never go below zero and wrap around.
# ---
import numpy as np
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from shuttle.models import Booking, departure_index

remaining = np.full(2048, 14, dtype=np.uint8)


def take_seats(dep: int, seats: int) -> int:
    if seats > int(remaining[dep]):
        raise ValueError("not enough seats")
    remaining[dep] = remaining[dep] - np.uint8(seats)
    return int(remaining[dep])


@require_POST
@login_required
def book(request, departure_id):
    dep = departure_index(departure_id)
    seats = int(request.POST.get("seats", "1"))
    if not 1 <= seats <= 6:
        return JsonResponse({"error": "1 to 6 seats per booking"}, status=400)
    try:
        left = take_seats(dep, seats)
    except ValueError:
        return JsonResponse({"error": "not enough seats left"}, status=409)
    Booking.objects.create(user=request.user, departure_id=departure_id, seats=seats)
    return JsonResponse({"booked": seats, "remaining": left})
