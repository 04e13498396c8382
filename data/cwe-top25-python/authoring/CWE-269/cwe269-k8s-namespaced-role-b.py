# ---
# id: cwe269-k8s-namespaced-role-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: kubernetes
# explanation: A job-runner service account receives a namespaced Role that can only create, get and delete Jobs and read Pod logs in its own namespace, bound with a RoleBinding; it has no cluster-wide or RBAC permissions, which is the least privilege for launching batch jobs.
# ---
from kubernetes import client, config

config.load_kube_config()
rbac = client.RbacAuthorizationV1Api()


def grant_job_runner(namespace: str, service_account: str = "job-runner") -> None:
    role = client.V1Role(
        metadata=client.V1ObjectMeta(name="job-runner", namespace=namespace),
        rules=[
            client.V1PolicyRule(api_groups=["batch"], resources=["jobs"], verbs=["create", "get", "list", "delete"]),
            client.V1PolicyRule(api_groups=[""], resources=["pods", "pods/log"], verbs=["get", "list"]),
        ],
    )
    rbac.create_namespaced_role(namespace, role)
    binding = client.V1RoleBinding(
        metadata=client.V1ObjectMeta(name="job-runner", namespace=namespace),
        role_ref=client.V1RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name="job-runner"),
        subjects=[client.RbacV1Subject(kind="ServiceAccount", name=service_account, namespace=namespace)],
    )
    rbac.create_namespaced_role_binding(namespace, binding)
