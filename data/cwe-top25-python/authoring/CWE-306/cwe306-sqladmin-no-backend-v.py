# ---
# id: cwe306-sqladmin-no-backend-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-sqladmin-no-backend-f
# tags: fastapi, sqladmin, sqlalchemy
# explanation: The service mounts an SQLAdmin panel over its User and Order tables, which allows creating, editing and deleting rows, but constructs Admin without an authentication_backend. The /admin panel is therefore usable by anyone who can reach the service.
# ---
import os

from fastapi import FastAPI
from sqladmin import Admin, ModelView
from sqlalchemy import create_engine

from .models import Order, User

app = FastAPI()
engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)


class UserAdmin(ModelView, model=User):
    column_list = [User.id, User.email, User.is_active, User.created_at]
    column_searchable_list = [User.email]


class OrderAdmin(ModelView, model=Order):
    column_list = [Order.id, Order.user_id, Order.total, Order.status]
    can_delete = True


admin = Admin(app, engine, title="Shop admin")  #@vuln
admin.add_view(UserAdmin)
admin.add_view(OrderAdmin)
