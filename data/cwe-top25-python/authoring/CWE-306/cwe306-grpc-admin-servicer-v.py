# ---
# id: cwe306-grpc-admin-servicer-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-grpc-admin-servicer-f
# tags: grpc, concurrent.futures
# explanation: The inventory service's gRPC server exposes an AdminService with a PurgeWarehouse RPC next to its read APIs. The server is started on all interfaces with an insecure port and no authentication interceptor, so any client on the network can call PurgeWarehouse and delete a warehouse's stock records.
# ---
from concurrent import futures

import grpc

from inventory.protos import admin_pb2, admin_pb2_grpc
from inventory.store import purge_warehouse, stock_levels


class AdminService(admin_pb2_grpc.AdminServiceServicer):
    def StockLevels(self, request, context):
        return admin_pb2.StockReply(levels=stock_levels(request.warehouse_id))

    def PurgeWarehouse(self, request, context):
        removed = purge_warehouse(request.warehouse_id)
        return admin_pb2.PurgeReply(removed=removed)


def serve() -> None:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))  #@vuln
    admin_pb2_grpc.add_AdminServiceServicer_to_server(AdminService(), server)
    server.add_insecure_port("0.0.0.0:50051")
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    serve()
