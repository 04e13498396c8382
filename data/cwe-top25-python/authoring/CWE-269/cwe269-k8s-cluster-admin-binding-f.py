# ---
# id: cwe269-k8s-cluster-admin-binding-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-k8s-cluster-admin-binding-v
# tags: kubernetes
# explanation: The tenant's CI service account is now bound with a namespaced RoleBinding to the built-in "edit" ClusterRole, which grants deployment rights only inside the tenant's own namespace and no RBAC or cluster-wide permissions.
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
    binding = client.V1RoleBinding(
        metadata=client.V1ObjectMeta(name="ci-deployer-edit", namespace=namespace),
        role_ref=client.V1RoleRef(api_group="rbac.authorization.k8s.io", kind="ClusterRole", name="edit"),
        subjects=[client.RbacV1Subject(kind="ServiceAccount", name="ci-deployer", namespace=namespace)],
    )
    rbac.create_namespaced_role_binding(namespace, binding)
    return namespace
