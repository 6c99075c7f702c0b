// The API group of each kind rule METADATA names. Rule metadata lists kinds only (a rule judges
// "a Deployment" whatever its version); Gatekeeper's Constraint match needs the group as well.
// Kinds that are configuration files rather than API objects (KubeletConfiguration, an audit
// Policy, ...) keep their file's group: gator tests them, a cluster never admits them.

const GROUPS: Readonly<Record<string, readonly string[]>> = {
  // core
  Pod: [""],
  PodTemplate: [""],
  ReplicationController: [""],
  Service: [""],
  ServiceAccount: [""],
  Secret: [""],
  ConfigMap: [""],
  Namespace: [""],
  PersistentVolumeClaim: [""],
  LimitRange: [""],
  ResourceQuota: [""],
  Event: ["", "events.k8s.io"],
  // workloads
  Deployment: ["apps"],
  ReplicaSet: ["apps"],
  StatefulSet: ["apps"],
  DaemonSet: ["apps"],
  Job: ["batch"],
  CronJob: ["batch"],
  HorizontalPodAutoscaler: ["autoscaling"],
  PodDisruptionBudget: ["policy"],
  PodSecurityPolicy: ["policy"],
  // rbac and authn/authz
  Role: ["rbac.authorization.k8s.io"],
  RoleBinding: ["rbac.authorization.k8s.io"],
  ClusterRole: ["rbac.authorization.k8s.io"],
  ClusterRoleBinding: ["rbac.authorization.k8s.io"],
  SubjectAccessReview: ["authorization.k8s.io"],
  SelfSubjectAccessReview: ["authorization.k8s.io"],
  LocalSubjectAccessReview: ["authorization.k8s.io"],
  TokenReview: ["authentication.k8s.io"],
  CertificateSigningRequest: ["certificates.k8s.io"],
  // networking
  Ingress: ["networking.k8s.io", "extensions"],
  IngressClass: ["networking.k8s.io"],
  // Calico's namespaced policy shares the kind name (projectcalico.org/v3 and crd.projectcalico.org/v1).
  NetworkPolicy: ["networking.k8s.io", "projectcalico.org", "crd.projectcalico.org"],
  EndpointSlice: ["discovery.k8s.io"],
  HTTPRoute: ["gateway.networking.k8s.io"],
  GRPCRoute: ["gateway.networking.k8s.io"],
  TLSRoute: ["gateway.networking.k8s.io"],
  PeerAuthentication: ["security.istio.io"],
  // cluster configuration
  ValidatingWebhookConfiguration: ["admissionregistration.k8s.io"],
  MutatingWebhookConfiguration: ["admissionregistration.k8s.io"],
  CustomResourceDefinition: ["apiextensions.k8s.io"],
  APIService: ["apiregistration.k8s.io"],
  PriorityClass: ["scheduling.k8s.io"],
  RuntimeClass: ["node.k8s.io"],
  StorageClass: ["storage.k8s.io"],
  CSIDriver: ["storage.k8s.io"],
  CSINode: ["storage.k8s.io"],
  CSIStorageCapacity: ["storage.k8s.io"],
  VolumeAttachment: ["storage.k8s.io"],
  Lease: ["coordination.k8s.io"],
  FlowSchema: ["flowcontrol.apiserver.k8s.io"],
  PriorityLevelConfiguration: ["flowcontrol.apiserver.k8s.io"],
  // configuration files (never admitted by an API server)
  KubeletConfiguration: ["kubelet.config.k8s.io"],
  KubeProxyConfiguration: ["kubeproxy.config.k8s.io"],
  EncryptionConfiguration: ["apiserver.config.k8s.io"],
  Policy: ["audit.k8s.io"],
  // Gatekeeper's own constraints (a rule that lints them)
  K8sAllowedRepos: ["constraints.gatekeeper.sh"],
};

/** The API groups a kind lives in; `["*"]` for a kind the table does not know (any group). */
export function apiGroupsOf(kind: string): readonly string[] {
  return GROUPS[kind] ?? ["*"];
}

/** Gatekeeper's `match.kinds`: one entry per distinct group set, kinds in metadata order. */
export function matchKinds(kinds: readonly string[]): { apiGroups: string[]; kinds: string[] }[] {
  const byGroups = new Map<string, { apiGroups: string[]; kinds: string[] }>();
  for (const kind of kinds) {
    const groups = [...apiGroupsOf(kind)];
    const key = groups.join(",");
    const entry = byGroups.get(key) ?? { apiGroups: groups, kinds: [] };
    if (!entry.kinds.includes(kind)) entry.kinds.push(kind);
    byGroups.set(key, entry);
  }
  return [...byGroups.values()];
}

/** The group/version/kind Gatekeeper's Config syncs for a kind (its preferred version). */
export const SYNC_VERSIONS: Readonly<Record<string, string>> = {
  "": "v1",
  apps: "v1",
  batch: "v1",
  policy: "v1",
  autoscaling: "v2",
  "rbac.authorization.k8s.io": "v1",
  "networking.k8s.io": "v1",
  "discovery.k8s.io": "v1",
  "gateway.networking.k8s.io": "v1",
  "security.istio.io": "v1",
  "admissionregistration.k8s.io": "v1",
  "apiextensions.k8s.io": "v1",
  "scheduling.k8s.io": "v1",
  "node.k8s.io": "v1",
  "storage.k8s.io": "v1",
  "coordination.k8s.io": "v1",
};
