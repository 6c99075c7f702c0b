# METADATA
# title: Sensitive host paths mounted
# description: >-
#   Some host paths hand over the node: the container runtime sockets (docker.sock,
#   containerd.sock, crio.sock) start privileged containers at will; /proc, /sys and /dev reach
#   the kernel and every process; /etc, /root and /home hold credentials and let an attacker add
#   users or cron jobs; /var/lib/kubelet and /etc/kubernetes hold the kubelet's and every pod's
#   credentials; /var/lib/etcd holds the whole cluster state. Mounting one of them, a path under
#   one, or a directory that contains one (/var, /run, /) is reported, read-only or not. The list
#   is a parameter.
# custom:
#   id: sensitive-host-path
#   severity: high
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.2.11", "NSA:pod-security", "MITRE:T1611"]
#   remediation: >-
#     Remove the hostPath volume. Node agents that truly need it belong in a dedicated,
#     tightly-controlled namespace, with a read-only mount of the narrowest path.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       paths:
#         description: Absolute host paths that must not be mounted (nor anything under or above them; "/" only matches itself).
#         type: array
#         items: {type: string}
#         default:
#           - /
#           - /etc
#           - /root
#           - /home
#           - /boot
#           - /proc
#           - /sys
#           - /dev
#           - /lib/modules
#           - /var/run/docker.sock
#           - /run/docker.sock
#           - /var/run/containerd/containerd.sock
#           - /run/containerd/containerd.sock
#           - /var/run/crio/crio.sock
#           - /run/crio/crio.sock
#           - /var/run/cri-dockerd.sock
#           - /var/lib/docker
#           - /var/lib/containerd
#           - /var/lib/kubelet
#           - /var/lib/etcd
#           - /etc/kubernetes
package kubeward.rules.pod_security.sensitive_host_path

import data.kubeward.lib.k8s

default_paths := [
	"/", "/etc", "/root", "/home", "/boot", "/proc", "/sys", "/dev", "/lib/modules",
	"/var/run/docker.sock", "/run/docker.sock",
	"/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock",
	"/var/run/crio/crio.sock", "/run/crio/crio.sock", "/var/run/cri-dockerd.sock",
	"/var/lib/docker", "/var/lib/containerd", "/var/lib/kubelet", "/var/lib/etcd", "/etc/kubernetes",
]

sensitive := {_clean(p) | some p in object.get(input, ["parameters", "paths"], default_paths)}

# "/var/log/" and "/var/log" are the same directory; "/" stays "/".
_clean(p) := "/" if trim_right(p, "/") == ""

_clean(p) := trim_right(p, "/") if trim_right(p, "/") != ""

_exposes(host, s) if host == s

# A path under a sensitive one (but "/" only matches itself, or every path would).
_exposes(host, s) if {
	s != "/"
	startswith(host, concat("", [s, "/"]))
}

# A directory that contains a sensitive path (/var contains /var/lib/kubelet).
_exposes(host, s) if {
	host != "/"
	startswith(s, concat("", [host, "/"]))
}

_exposes("/", s) if s != "/"

violation contains {"msg": msg, "details": {"path": path}} if {
	some v in k8s.volumes
	k8s.is_set(v.volume, "hostPath")
	host := _clean(k8s.string_field(v.volume.hostPath, "path"))
	host != ""
	matches := sort([s | some s in sensitive; _exposes(host, s)])
	count(matches) > 0
	path := sprintf("%s.hostPath.path", [v.path])
	msg := sprintf("volume %q mounts the host path %q, which exposes %s", [v.volume.name, v.volume.hostPath.path, concat(", ", matches)])
}
