# ---
# id: cwe306-sqladmin-no-backend-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-sqladmin-no-backend-v
# tags: fastapi, sqladmin, sqlalchemy
# explanation: The SQLAdmin panel is now created with an AuthenticationBackend whose login checks staff credentials and whose authenticate method requires a staff id in the signed session, so unauthenticated visitors are sent to the login page instead of reaching the tables.
# ---
import os

from fastapi import FastAPI
from sqladmin import Admin, ModelView
from sqladmin.authentication import AuthenticationBackend
from sqlalchemy import create_engine

from .models import Order, User
from .staff import verify_staff_login

app = FastAPI()
engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)


class StaffAuth(AuthenticationBackend):
    async def login(self, request):
        form = await request.form()
        staff_id = verify_staff_login(form.get("username", ""), form.get("password", ""))
        if staff_id is None:
            return False
        request.session.update({"staff_id": staff_id})
        return True

    async def logout(self, request):
        request.session.clear()
        return True

    async def authenticate(self, request):
        return "staff_id" in request.session


class UserAdmin(ModelView, model=User):
    column_list = [User.id, User.email, User.is_active, User.created_at]
    column_searchable_list = [User.email]


class OrderAdmin(ModelView, model=Order):
    column_list = [Order.id, Order.user_id, Order.total, Order.status]
    can_delete = True


admin = Admin(app, engine, title="Shop admin", authentication_backend=StaffAuth(secret_key=os.environ["ADMIN_SECRET"]))
admin.add_view(UserAdmin)
admin.add_view(OrderAdmin)
