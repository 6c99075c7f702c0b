# METADATA
# title: Removed API version
# description: >-
#   The object uses an API version that Kubernetes has removed. A current cluster refuses to
#   create it ("no matches for kind"), so the manifest fails at deploy time or, worse, only on the
#   next cluster upgrade; tools that still read the old schema also miss fields of the new one.
# custom:
#   id: deprecated-api-version
#   severity: high
#   category: workloads
#   kinds: [APIService, CSIDriver, CSINode, CSIStorageCapacity, CertificateSigningRequest, ClusterRole, ClusterRoleBinding, CronJob, CustomResourceDefinition, DaemonSet, Deployment, EndpointSlice, Event, FlowSchema, HorizontalPodAutoscaler, Ingress, IngressClass, Lease, LocalSubjectAccessReview, MutatingWebhookConfiguration, NetworkPolicy, PodDisruptionBudget, PodSecurityPolicy, PriorityClass, PriorityLevelConfiguration, ReplicaSet, Role, RoleBinding, RuntimeClass, SelfSubjectAccessReview, StatefulSet, StorageClass, SubjectAccessReview, TokenReview, ValidatingWebhookConfiguration, VolumeAttachment]
#   controls: ["NSA:upgrading"]
#   remediation: >-
#     Move the manifest to the replacement API version (kubectl convert can help) and review the
#     fields that changed between the versions, for example the required selector of apps/v1 or
#     the pathType and backend of networking.k8s.io/v1 Ingress.
package kubeward.rules.workloads.deprecated_api_version

import data.kubeward.lib.k8s

# From the Kubernetes deprecated API migration guide: apiVersion -> kind -> the release that
# stopped serving it and its replacement.
removed := {
	"extensions/v1beta1": {
		"DaemonSet": {"removed": "1.16", "use": "apps/v1"},
		"Deployment": {"removed": "1.16", "use": "apps/v1"},
		"Ingress": {"removed": "1.22", "use": "networking.k8s.io/v1"},
		"NetworkPolicy": {"removed": "1.16", "use": "networking.k8s.io/v1"},
		"PodSecurityPolicy": {"removed": "1.16", "use": "none: Pod Security Admission"},
		"ReplicaSet": {"removed": "1.16", "use": "apps/v1"},
	},
	"apps/v1beta1": {
		"Deployment": {"removed": "1.16", "use": "apps/v1"},
		"ReplicaSet": {"removed": "1.16", "use": "apps/v1"},
		"StatefulSet": {"removed": "1.16", "use": "apps/v1"},
	},
	"apps/v1beta2": {
		"DaemonSet": {"removed": "1.16", "use": "apps/v1"},
		"Deployment": {"removed": "1.16", "use": "apps/v1"},
		"ReplicaSet": {"removed": "1.16", "use": "apps/v1"},
		"StatefulSet": {"removed": "1.16", "use": "apps/v1"},
	},
	"admissionregistration.k8s.io/v1beta1": {
		"MutatingWebhookConfiguration": {"removed": "1.22", "use": "admissionregistration.k8s.io/v1"},
		"ValidatingWebhookConfiguration": {"removed": "1.22", "use": "admissionregistration.k8s.io/v1"},
	},
	"apiextensions.k8s.io/v1beta1": {
		"CustomResourceDefinition": {"removed": "1.22", "use": "apiextensions.k8s.io/v1"},
	},
	"apiregistration.k8s.io/v1beta1": {
		"APIService": {"removed": "1.22", "use": "apiregistration.k8s.io/v1"},
	},
	"authentication.k8s.io/v1beta1": {
		"TokenReview": {"removed": "1.22", "use": "authentication.k8s.io/v1"},
	},
	"authorization.k8s.io/v1beta1": {
		"LocalSubjectAccessReview": {"removed": "1.22", "use": "authorization.k8s.io/v1"},
		"SelfSubjectAccessReview": {"removed": "1.22", "use": "authorization.k8s.io/v1"},
		"SubjectAccessReview": {"removed": "1.22", "use": "authorization.k8s.io/v1"},
	},
	"certificates.k8s.io/v1beta1": {
		"CertificateSigningRequest": {"removed": "1.22", "use": "certificates.k8s.io/v1"},
	},
	"coordination.k8s.io/v1beta1": {
		"Lease": {"removed": "1.22", "use": "coordination.k8s.io/v1"},
	},
	"networking.k8s.io/v1beta1": {
		"Ingress": {"removed": "1.22", "use": "networking.k8s.io/v1"},
		"IngressClass": {"removed": "1.22", "use": "networking.k8s.io/v1"},
	},
	"rbac.authorization.k8s.io/v1beta1": {
		"ClusterRole": {"removed": "1.22", "use": "rbac.authorization.k8s.io/v1"},
		"ClusterRoleBinding": {"removed": "1.22", "use": "rbac.authorization.k8s.io/v1"},
		"Role": {"removed": "1.22", "use": "rbac.authorization.k8s.io/v1"},
		"RoleBinding": {"removed": "1.22", "use": "rbac.authorization.k8s.io/v1"},
	},
	"scheduling.k8s.io/v1beta1": {
		"PriorityClass": {"removed": "1.22", "use": "scheduling.k8s.io/v1"},
	},
	"storage.k8s.io/v1beta1": {
		"CSIDriver": {"removed": "1.22", "use": "storage.k8s.io/v1"},
		"CSINode": {"removed": "1.22", "use": "storage.k8s.io/v1"},
		"CSIStorageCapacity": {"removed": "1.27", "use": "storage.k8s.io/v1"},
		"StorageClass": {"removed": "1.22", "use": "storage.k8s.io/v1"},
		"VolumeAttachment": {"removed": "1.22", "use": "storage.k8s.io/v1"},
	},
	"batch/v1beta1": {
		"CronJob": {"removed": "1.25", "use": "batch/v1"},
	},
	"discovery.k8s.io/v1beta1": {
		"EndpointSlice": {"removed": "1.25", "use": "discovery.k8s.io/v1"},
	},
	"events.k8s.io/v1beta1": {
		"Event": {"removed": "1.25", "use": "events.k8s.io/v1"},
	},
	"autoscaling/v2beta1": {
		"HorizontalPodAutoscaler": {"removed": "1.25", "use": "autoscaling/v2"},
	},
	"autoscaling/v2beta2": {
		"HorizontalPodAutoscaler": {"removed": "1.26", "use": "autoscaling/v2"},
	},
	"policy/v1beta1": {
		"PodDisruptionBudget": {"removed": "1.25", "use": "policy/v1"},
		"PodSecurityPolicy": {"removed": "1.25", "use": "none: Pod Security Admission"},
	},
	"node.k8s.io/v1beta1": {
		"RuntimeClass": {"removed": "1.25", "use": "node.k8s.io/v1"},
	},
	"flowcontrol.apiserver.k8s.io/v1beta1": {
		"FlowSchema": {"removed": "1.26", "use": "flowcontrol.apiserver.k8s.io/v1"},
		"PriorityLevelConfiguration": {"removed": "1.26", "use": "flowcontrol.apiserver.k8s.io/v1"},
	},
	"flowcontrol.apiserver.k8s.io/v1beta2": {
		"FlowSchema": {"removed": "1.29", "use": "flowcontrol.apiserver.k8s.io/v1"},
		"PriorityLevelConfiguration": {"removed": "1.29", "use": "flowcontrol.apiserver.k8s.io/v1"},
	},
	"flowcontrol.apiserver.k8s.io/v1beta3": {
		"FlowSchema": {"removed": "1.32", "use": "flowcontrol.apiserver.k8s.io/v1"},
		"PriorityLevelConfiguration": {"removed": "1.32", "use": "flowcontrol.apiserver.k8s.io/v1"},
	},
}

violation contains {"msg": msg, "details": {"path": "apiVersion"}} if {
	gv := k8s.resource.apiVersion
	entry := removed[gv][k8s.kind]
	msg := sprintf("%s %q uses %s, which Kubernetes v%s no longer serves; use %s", [k8s.kind, object.get(k8s.resource, ["metadata", "name"], ""), gv, entry.removed, entry.use])
}
