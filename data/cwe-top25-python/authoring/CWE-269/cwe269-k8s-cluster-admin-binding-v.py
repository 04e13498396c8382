# ---
# id: cwe269-k8s-cluster-admin-binding-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-k8s-cluster-admin-binding-f
# tags: kubernetes
# explanation: When a tenant is onboarded, the operator creates a service account for the tenant's CI in its namespace and binds it to the cluster-admin ClusterRole with a ClusterRoleBinding. The tenant CI only deploys into its own namespace, but now holds full control of the whole cluster and every other tenant.
# ---
from kubernetes import client, config

config.load_incluster_config()
core = client.CoreV1Api()
rbac = client.RbacAuthorizationV1Api()


def onboard_tenant(tenant: str) -> str:
    namespace = f"tenant-{tenant}"
    core.create_namespace(client.V1Namespace(metadata=client.V1ObjectMeta(name=namespace)))
    sa = client.V1ServiceAccount(metadata=client.V1ObjectMeta(name="ci-deployer", namespace=namespace))
    core.create_namespaced_service_account(namespace, sa)
    binding = client.V1ClusterRoleBinding(  #@vuln
        metadata=client.V1ObjectMeta(name=f"{namespace}-ci-deployer"),
        role_ref=client.V1RoleRef(api_group="rbac.authorization.k8s.io", kind="ClusterRole", name="cluster-admin"),  #@vuln
        subjects=[client.RbacV1Subject(kind="ServiceAccount", name="ci-deployer", namespace=namespace)],
    )
    rbac.create_cluster_role_binding(binding)
    return namespace
