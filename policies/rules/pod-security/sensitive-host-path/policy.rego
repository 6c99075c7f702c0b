# METADATA
# title: Sensitive host paths mounted
# description: >-
#   Some host paths hand over the node: the container runtime sockets (docker.sock,
#   containerd.sock, crio.sock) start privileged containers at will; /proc, /sys and /dev reach
#   the kernel and every process; /etc, /root and /home hold credentials and let an attacker add
#   users or cron jobs; /var/lib/kubelet and /etc/kubernetes hold the kubelet's and every pod's
#   credentials; /var/lib/etcd holds the whole cluster state. Mounting one of them, or a
#   directory that contains one (/var, /run, /), is reported, read-only or not; for "trees"
#   (sockets, kubelet, etcd and runtime state, /proc) so is any path below them, whereas a file
#   such as /etc/ssl/certs/ca-certificates.crt under a "path" (/etc) is not. Both lists are
#   parameters.
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
#         description: Host paths reported when mounted themselves or through a directory that contains them ("/" only matches itself).
#         type: array
#         items: {type: string}
#         default: [/, /etc, /root, /home, /boot, /dev, /sys, /lib/modules]
#       trees:
#         description: Host paths reported when mounted themselves, through a directory that contains them, or through any path below them.
#         type: array
#         items: {type: string}
#         default:
#           - /proc
#           - /root/.ssh
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

default_paths := ["/", "/etc", "/root", "/home", "/boot", "/dev", "/sys", "/lib/modules"]

default_trees := [
	"/proc", "/root/.ssh",
	"/var/run/docker.sock", "/run/docker.sock",
	"/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock",
	"/var/run/crio/crio.sock", "/run/crio/crio.sock", "/var/run/cri-dockerd.sock",
	"/var/lib/docker", "/var/lib/containerd", "/var/lib/kubelet", "/var/lib/etcd", "/etc/kubernetes",
]

paths := {_clean(p) | some p in object.get(input, ["parameters", "paths"], default_paths)}

trees := {_clean(p) | some p in object.get(input, ["parameters", "trees"], default_trees)}

# "/var/log/" and "/var/log" are the same directory; "/" stays "/".
_clean(p) := "/" if trim_right(p, "/") == ""

_clean(p) := trim_right(p, "/") if trim_right(p, "/") != ""

_exposes(host, s) if host == s

# A directory that contains a sensitive path (/var contains /var/lib/kubelet).
_exposes(host, s) if {
	host != "/"
	startswith(s, concat("", [host, "/"]))
}

_exposes("/", s) if s != "/"

# A path below a sensitive tree (/var/lib/kubelet/pods is under /var/lib/kubelet).
_inside(host, s) if {
	s != "/"
	startswith(host, concat("", [s, "/"]))
}

_sensitive(host) := {s | some s in (paths | trees); _exposes(host, s)} | {s | some s in trees; _inside(host, s)}

violation contains {"msg": msg, "details": {"path": path}} if {
	some v in k8s.volumes
	k8s.is_set(v.volume, "hostPath")
	host := _clean(k8s.string_field(v.volume.hostPath, "path"))
	host != ""
	matches := sort(_sensitive(host))
	count(matches) > 0
	path := sprintf("%s.hostPath.path", [v.path])
	msg := sprintf("volume %q mounts the host path %q, which exposes %s", [v.volume.name, v.volume.hostPath.path, concat(", ", matches)])
}
