package kubeward.rules.workloads.requests_exceed_limits_test

import data.kubeward.rules.workloads.requests_exceed_limits as rule
import data.kubeward.test.fixtures as fx

test_exceeding_denied if {
	v := rule.violation with input as fx.of_kind("Deployment", {
		"initContainers": [fx.container("init", {"resources": {"requests": {"cpu": "2"}, "limits": {"cpu": "1500m"}}})],
		"containers": [
			fx.container("web", {"resources": {"requests": {"memory": "2Gi", "ephemeral-storage": "2G", "cpu": "100m"}, "limits": {"memory": "1Gi", "ephemeral-storage": "1Gi", "cpu": 1}}}),
			fx.container("ok", {"resources": {"requests": {"memory": "1Gi", "cpu": "0.5"}, "limits": {"memory": "1024Mi", "cpu": "500m"}}}),
			fx.container("reqonly", {"resources": {"requests": {"memory": "1Gi"}}}),
			fx.container("bad", {"resources": {"requests": {"memory": "lots"}, "limits": {"memory": "1Gi"}}}),
		],
	})
	v == {
		fx.finding(`init container "init" requests 2 of cpu but is limited to 1500m`, "spec.template.spec.initContainers[0].resources.requests.cpu"),
		fx.finding(`container "web" requests 2Gi of memory but is limited to 1Gi`, "spec.template.spec.containers[0].resources.requests.memory"),
		fx.finding(`container "web" requests 2G of ephemeral-storage but is limited to 1Gi`, `spec.template.spec.containers[0].resources.requests["ephemeral-storage"]`),
	}
}
