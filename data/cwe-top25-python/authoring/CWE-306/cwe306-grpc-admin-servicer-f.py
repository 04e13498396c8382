# ---
# id: cwe306-grpc-admin-servicer-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-grpc-admin-servicer-v
# tags: grpc, concurrent.futures, hmac
# explanation: The gRPC server now installs an interceptor that rejects every call whose `authorization` metadata does not carry the service token (compared with hmac.compare_digest), returning UNAUTHENTICATED before any RPC, including PurgeWarehouse, runs.
# ---
import hmac
import os
from concurrent import futures

import grpc

from inventory.protos import admin_pb2, admin_pb2_grpc
from inventory.store import purge_warehouse, stock_levels

SERVICE_TOKEN = os.environ["INVENTORY_ADMIN_TOKEN"]


class TokenInterceptor(grpc.ServerInterceptor):
    def intercept_service(self, continuation, handler_call_details):
        metadata = dict(handler_call_details.invocation_metadata or ())
        if hmac.compare_digest(metadata.get("authorization", ""), f"Bearer {SERVICE_TOKEN}"):
            return continuation(handler_call_details)

        def deny(request, context):
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "missing or invalid token")

        return grpc.unary_unary_rpc_method_handler(deny)


class AdminService(admin_pb2_grpc.AdminServiceServicer):
    def StockLevels(self, request, context):
        return admin_pb2.StockReply(levels=stock_levels(request.warehouse_id))

    def PurgeWarehouse(self, request, context):
        removed = purge_warehouse(request.warehouse_id)
        return admin_pb2.PurgeReply(removed=removed)


def serve() -> None:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8), interceptors=[TokenInterceptor()])
    admin_pb2_grpc.add_AdminServiceServicer_to_server(AdminService(), server)
    server.add_insecure_port("0.0.0.0:50051")
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    serve()
