# ---
# id: cwe863-body-owner-check-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-body-owner-check-v
# tags: fastapi, pydantic, sqlalchemy
# explanation: Authorisation now compares the user with listing.owner_id loaded from the database, so the owner_id in the request body has no effect on the decision; only the listing's owner or staff can update it.
# ---
from decimal import Decimal

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from ..deps import current_user, get_db
from ..models import Listing

router = APIRouter(prefix="/listings")


class ListingUpdate(BaseModel):
    owner_id: int
    title: str = Field(min_length=3, max_length=120)
    price: Decimal = Field(gt=0, max_digits=10, decimal_places=2)


@router.put("/{listing_id}")
def update_listing(listing_id: int, body: ListingUpdate, user=Depends(current_user), db: Session = Depends(get_db)):
    listing = db.get(Listing, listing_id)
    if listing is None:
        raise HTTPException(404)
    if listing.owner_id != user.id and not user.is_staff:
        raise HTTPException(403, "you can only edit your own listings")
    listing.title = body.title
    listing.price = body.price
    db.commit()
    return {"id": listing.id, "title": listing.title, "price": str(listing.price)}
