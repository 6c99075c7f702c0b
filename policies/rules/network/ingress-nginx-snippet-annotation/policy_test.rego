package kubeward.rules.network.ingress_nginx_snippet_annotation_test

import data.kubeward.rules.network.ingress_nginx_snippet_annotation as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_ing(annotations) := object.union(nx.simple_ingress("shop", "web", "web", {"number": 80}), {"metadata": {"annotations": annotations}})

test_snippets_denied if {
	v := rule.violation with input as nx.review(_ing({
		"nginx.ingress.kubernetes.io/server-snippet": "location /x { return 200; }",
		"nginx.ingress.kubernetes.io/configuration-snippet": "more_set_headers \"X: y\";",
		"nginx.ingress.kubernetes.io/ssl-redirect": "true",
	}))
	v == {
		fx.finding(`Ingress "web" sets the ingress-nginx annotation nginx.ingress.kubernetes.io/server-snippet: raw NGINX configuration runs inside the controller, which can read every Secret of the cluster (CVE-2021-25742)`, `metadata.annotations["nginx.ingress.kubernetes.io/server-snippet"]`),
		fx.finding(`Ingress "web" sets the ingress-nginx annotation nginx.ingress.kubernetes.io/configuration-snippet: raw NGINX configuration runs inside the controller, which can read every Secret of the cluster (CVE-2021-25742)`, `metadata.annotations["nginx.ingress.kubernetes.io/configuration-snippet"]`),
	}
}

test_other_annotations_allowed if {
	v := rule.violation with input as nx.review(_ing({"nginx.ingress.kubernetes.io/rewrite-target": "/", "example.com/server-snippet": "x"}))
	v == set()
	w := rule.violation with input as nx.review(nx.simple_ingress("shop", "web", "web", {"number": 80}))
	w == set()
}
