# Level agreement with Kubernetes: each case is a pod with the verdicts Kubernetes' own Pod
# Security Admission library (k8s.io/pod-security-admission v0.37.0, policy.Evaluator) returned
# for it at the Baseline and Restricted levels and the given version. The Baseline level here is
# the pss-baseline bundle's rules, the Restricted level the pss-restricted bundle's (the Baseline
# rules that Restricted overrides left out). A level denies a pod when any of its rules reports a
# finding; every case must get the same verdict as Kubernetes, no more lenient and no stricter.
package kubeward.lib.pss_levels_test

import data.kubeward.rules.pod_security as rules
import data.kubeward.test.fixtures as fx

_baseline := [
	"privileged_container",
	"pss_apparmor",
	"pss_capabilities_baseline",
	"pss_host_namespaces",
	"pss_host_path_volumes",
	"pss_host_ports",
	"pss_host_probes",
	"pss_host_process",
	"pss_proc_mount",
	"pss_seccomp_baseline",
	"pss_selinux",
	"pss_sysctls",
]

_overridden := {"pss_host_path_volumes", "pss_capabilities_baseline", "pss_seccomp_baseline", "pss_proc_mount"}

_restricted := array.concat([id | some id in _baseline; not id in _overridden], [
	"pss_restricted_volumes",
	"pss_allow_privilege_escalation",
	"pss_run_as_non_root",
	"pss_run_as_user",
	"pss_seccomp_restricted",
	"pss_capabilities_restricted",
	"pss_proc_mount_restricted",
])

_denies(ids) if {
	some id in ids
	count(rules[id].violation) > 0
}

_verdict(ids) := "denied" if _denies(ids)

else := "allowed"

_input(c) := object.union(fx.review(fx.workload("Pod", c.annotations, c.spec)), {"parameters": {"version": c.version}})

# The verdicts come from Kubernetes; a failing case names itself in the trace (opa test -v).
_cases := [
	{"name": "restricted pod @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "restricted pod @ v1.0", "version": "v1.0", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "baseline-only pod (nothing hardened) @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0"}]}, "baseline": "allowed", "restricted": "denied"},
	{"name": "baseline-only pod (nothing hardened) @ v1.7", "version": "v1.7", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0"}]}, "baseline": "allowed", "restricted": "denied"},
	{"name": "baseline-only pod (nothing hardened) @ v1.8", "version": "v1.8", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0"}]}, "baseline": "allowed", "restricted": "denied"},
	{"name": "windows pod without Linux settings @ v1.24", "version": "v1.24", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0"}], "securityContext": {"runAsNonRoot": true}, "os": {"name": "windows"}}, "baseline": "allowed", "restricted": "denied"},
	{"name": "windows pod without Linux settings @ v1.25", "version": "v1.25", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0"}], "securityContext": {"runAsNonRoot": true}, "os": {"name": "windows"}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "windows pod without Linux settings @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0"}], "securityContext": {"runAsNonRoot": true}, "os": {"name": "windows"}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "windows pod without runAsNonRoot @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0"}], "os": {"name": "windows"}}, "baseline": "allowed", "restricted": "denied"},
	{"name": "windows pod with Unconfined seccomp and SYS_ADMIN @ v1.24", "version": "v1.24", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"capabilities": {"add": ["SYS_ADMIN"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "Unconfined"}}, "os": {"name": "windows"}}, "baseline": "denied", "restricted": "denied"},
	{"name": "windows pod with Unconfined seccomp and SYS_ADMIN @ v1.25", "version": "v1.25", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"capabilities": {"add": ["SYS_ADMIN"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "Unconfined"}}, "os": {"name": "windows"}}, "baseline": "denied", "restricted": "allowed"},
	{"name": "windows pod with Unconfined seccomp and SYS_ADMIN @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"capabilities": {"add": ["SYS_ADMIN"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "Unconfined"}}, "os": {"name": "windows"}}, "baseline": "denied", "restricted": "allowed"},
	{"name": "hostUsers false, root, Unmasked procMount @ v1.34", "version": "v1.34", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "procMount": "Unmasked"}}], "securityContext": {"runAsNonRoot": false, "runAsUser": 0, "seccompProfile": {"type": "RuntimeDefault"}}, "hostUsers": false}, "baseline": "denied", "restricted": "denied"},
	{"name": "hostUsers false, root, Unmasked procMount @ v1.35", "version": "v1.35", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "procMount": "Unmasked"}}], "securityContext": {"runAsNonRoot": false, "runAsUser": 0, "seccompProfile": {"type": "RuntimeDefault"}}, "hostUsers": false}, "baseline": "allowed", "restricted": "denied"},
	{"name": "hostUsers false, root, Unmasked procMount @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "procMount": "Unmasked"}}], "securityContext": {"runAsNonRoot": false, "runAsUser": 0, "seccompProfile": {"type": "RuntimeDefault"}}, "hostUsers": false}, "baseline": "allowed", "restricted": "denied"},
	{"name": "hostUsers false, root @ v1.34", "version": "v1.34", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsUser": 0, "seccompProfile": {"type": "RuntimeDefault"}}, "hostUsers": false}, "baseline": "allowed", "restricted": "denied"},
	{"name": "hostUsers false, root @ v1.35", "version": "v1.35", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsUser": 0, "seccompProfile": {"type": "RuntimeDefault"}}, "hostUsers": false}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "hostUsers false, root @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsUser": 0, "seccompProfile": {"type": "RuntimeDefault"}}, "hostUsers": false}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "hostUsers true, Unmasked procMount @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "procMount": "Unmasked"}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}, "hostUsers": true}, "baseline": "denied", "restricted": "denied"},
	{"name": "runAsUser 0 @ v1.22", "version": "v1.22", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "runAsUser": 0}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "runAsUser 0 @ v1.23", "version": "v1.23", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "runAsUser": 0}}, "baseline": "allowed", "restricted": "denied"},
	{"name": "runAsUser 0 @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "runAsUser": 0}}, "baseline": "allowed", "restricted": "denied"},
	{"name": "container runAsNonRoot false under pod true @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "runAsNonRoot": false}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "allowed", "restricted": "denied"},
	{"name": "no capabilities dropped @ v1.21", "version": "v1.21", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "no capabilities dropped @ v1.22", "version": "v1.22", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "allowed", "restricted": "denied"},
	{"name": "no capabilities dropped @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "allowed", "restricted": "denied"},
	{"name": "SYS_ADMIN added @ v1.21", "version": "v1.21", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"], "add": ["SYS_ADMIN"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "denied", "restricted": "denied"},
	{"name": "SYS_ADMIN added @ v1.22", "version": "v1.22", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"], "add": ["SYS_ADMIN"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "denied", "restricted": "denied"},
	{"name": "CHOWN added @ v1.21", "version": "v1.21", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"], "add": ["CHOWN"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "CHOWN added @ v1.22", "version": "v1.22", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"], "add": ["CHOWN"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "allowed", "restricted": "denied"},
	{"name": "no seccomp profile @ v1.18", "version": "v1.18", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "no seccomp profile @ v1.19", "version": "v1.19", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true}}, "baseline": "allowed", "restricted": "denied"},
	{"name": "no seccomp profile @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true}}, "baseline": "allowed", "restricted": "denied"},
	{"name": "seccomp unconfined annotation @ v1.18", "version": "v1.18", "annotations": {"seccomp.security.alpha.kubernetes.io/pod": "unconfined"}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true}}, "baseline": "denied", "restricted": "denied"},
	{"name": "seccomp unconfined annotation @ v1.19", "version": "v1.19", "annotations": {"seccomp.security.alpha.kubernetes.io/pod": "unconfined"}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true}}, "baseline": "allowed", "restricted": "denied"},
	{"name": "container Unconfined seccomp under pod RuntimeDefault @ v1.18", "version": "v1.18", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "seccompProfile": {"type": "Unconfined"}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "container Unconfined seccomp under pod RuntimeDefault @ v1.19", "version": "v1.19", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "seccompProfile": {"type": "Unconfined"}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "denied", "restricted": "denied"},
	{"name": "container Unconfined seccomp under pod RuntimeDefault @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "seccompProfile": {"type": "Unconfined"}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "denied", "restricted": "denied"},
	{"name": "allowPrivilegeEscalation unset @ v1.7", "version": "v1.7", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "allowPrivilegeEscalation unset @ v1.8", "version": "v1.8", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "allowed", "restricted": "denied"},
	{"name": "allowPrivilegeEscalation unset @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "allowed", "restricted": "denied"},
	{"name": "sysctl net.ipv4.ip_local_reserved_ports @ v1.26", "version": "v1.26", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "sysctls": [{"name": "net.ipv4.ip_local_reserved_ports", "value": "1"}]}}, "baseline": "denied", "restricted": "denied"},
	{"name": "sysctl net.ipv4.ip_local_reserved_ports @ v1.27", "version": "v1.27", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "sysctls": [{"name": "net.ipv4.ip_local_reserved_ports", "value": "1"}]}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "sysctl net.ipv4.tcp_keepalive_time @ v1.28", "version": "v1.28", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "sysctls": [{"name": "net.ipv4.tcp_keepalive_time", "value": "1"}]}}, "baseline": "denied", "restricted": "denied"},
	{"name": "sysctl net.ipv4.tcp_keepalive_time @ v1.29", "version": "v1.29", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "sysctls": [{"name": "net.ipv4.tcp_keepalive_time", "value": "1"}]}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "sysctl net.ipv4.tcp_wmem @ v1.31", "version": "v1.31", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "sysctls": [{"name": "net.ipv4.tcp_wmem", "value": "1"}]}}, "baseline": "denied", "restricted": "denied"},
	{"name": "sysctl net.ipv4.tcp_wmem @ v1.32", "version": "v1.32", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "sysctls": [{"name": "net.ipv4.tcp_wmem", "value": "1"}]}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "sysctl net.ipv4.tcp_notsent_lowat @ v1.36", "version": "v1.36", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "sysctls": [{"name": "net.ipv4.tcp_notsent_lowat", "value": "1"}]}}, "baseline": "denied", "restricted": "denied"},
	{"name": "sysctl net.ipv4.tcp_notsent_lowat @ v1.37", "version": "v1.37", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "sysctls": [{"name": "net.ipv4.tcp_notsent_lowat", "value": "1"}]}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "sysctl kernel.msgmax @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "sysctls": [{"name": "kernel.msgmax", "value": "1"}]}}, "baseline": "denied", "restricted": "denied"},
	{"name": "SELinux container_engine_t @ v1.30", "version": "v1.30", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "seLinuxOptions": {"type": "container_engine_t"}}}, "baseline": "denied", "restricted": "denied"},
	{"name": "SELinux container_engine_t @ v1.31", "version": "v1.31", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}, "seLinuxOptions": {"type": "container_engine_t"}}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "probe host @ v1.33", "version": "v1.33", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}, "readinessProbe": {"tcpSocket": {"host": "10.0.0.1", "port": 8080}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "probe host @ v1.34", "version": "v1.34", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}, "readinessProbe": {"tcpSocket": {"host": "10.0.0.1", "port": 8080}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "denied", "restricted": "denied"},
	{"name": "ephemeral container privileged @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}, "ephemeralContainers": [{"name": "debug", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}, "privileged": true}}]}, "baseline": "denied", "restricted": "denied"},
	{"name": "ephemeral container without hardening @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}, "ephemeralContainers": [{"name": "debug", "image": "registry.example/app:1.0"}]}, "baseline": "allowed", "restricted": "denied"},
	{"name": "nfs volume @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}, "volumes": [{"name": "v", "nfs": {"server": "nas", "path": "/x"}}]}, "baseline": "allowed", "restricted": "denied"},
	{"name": "hostPath volume @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}, "volumes": [{"name": "v", "hostPath": {"path": "/var/log"}}]}, "baseline": "denied", "restricted": "denied"},
	{"name": "image and csi volumes @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}, "volumes": [{"name": "v", "image": {"reference": "r/x:1"}}, {"name": "w", "csi": {"driver": "d"}}]}, "baseline": "allowed", "restricted": "allowed"},
	{"name": "AppArmor unconfined annotation @ latest", "version": "latest", "annotations": {"container.apparmor.security.beta.kubernetes.io/app": "unconfined"}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}}, "baseline": "denied", "restricted": "denied"},
	{"name": "hostNetwork @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}], "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}, "hostNetwork": true}, "baseline": "denied", "restricted": "denied"},
	{"name": "hostProcess @ latest", "version": "latest", "annotations": {}, "spec": {"containers": [{"name": "app", "image": "registry.example/app:1.0"}], "securityContext": {"runAsNonRoot": true, "windowsOptions": {"hostProcess": true}}, "os": {"name": "windows"}, "hostNetwork": true}, "baseline": "denied", "restricted": "denied"},
]

test_baseline_level_agrees_with_kubernetes if {
	every c in _cases {
		_verdict(_baseline) == c.baseline with input as _input(c)
	}
}

test_restricted_level_agrees_with_kubernetes if {
	every c in _cases {
		_verdict(_restricted) == c.restricted with input as _input(c)
	}
}

# The same pods as Deployments: the verdict does not depend on where the pod template lives.
test_levels_agree_for_deployments if {
	every c in _cases {
		inp := object.union(fx.review(fx.workload("Deployment", c.annotations, c.spec)), {"parameters": {"version": c.version}})
		_verdict(_baseline) == c.baseline with input as inp
		_verdict(_restricted) == c.restricted with input as inp
	}
}

# Sanity: the table exercises both verdicts at both levels.
test_cases_cover_both_verdicts if {
	{c.baseline | some c in _cases} == {"allowed", "denied"}
	{c.restricted | some c in _cases} == {"allowed", "denied"}
}
