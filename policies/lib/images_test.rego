package kubeward.lib.images_test

import data.kubeward.lib.images

test_parse_docker_hub_official if {
	images.parse("nginx") == {"registry": "docker.io", "path": "library/nginx", "repository": "docker.io/library/nginx", "tag": "", "digest": ""}
}

test_parse_docker_hub_user_with_tag if {
	images.parse("bitnami/redis:7.2") == {"registry": "docker.io", "path": "bitnami/redis", "repository": "docker.io/bitnami/redis", "tag": "7.2", "digest": ""}
}

test_parse_docker_hub_aliases if {
	images.parse("index.docker.io/nginx:1.27").repository == "docker.io/library/nginx"
	images.parse("myhost:5000/app").registry == "myhost:5000"
	images.parse("docker.io/library/nginx").repository == "docker.io/library/nginx"
}

test_parse_registry_with_port_and_digest if {
	images.parse("registry.local:5000/team/app:1.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef") == {
		"registry": "registry.local:5000", "path": "team/app", "repository": "registry.local:5000/team/app",
		"tag": "1.2", "digest": "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
	}
}

test_parse_localhost_and_digest_only if {
	images.parse("localhost/app@sha256:abc") == {"registry": "localhost", "path": "app", "repository": "localhost/app", "tag": "", "digest": "sha256:abc"}
}

test_normalized if {
	images.normalized("nginx") == "docker.io/library/nginx:latest"
	images.normalized("quay.io/prometheus/node-exporter:v1.8.2") == "quay.io/prometheus/node-exporter:v1.8.2"
	images.normalized("nginx@sha256:abc") == "docker.io/library/nginx@sha256:abc"
}

test_valid_reference if {
	images.valid_reference("nginx")
	images.valid_reference("registry.k8s.io/pause:3.10")
	images.valid_reference("localhost:5000/a/b_c__d-e:v1.0-rc.1")
	images.valid_reference("ghcr.io/x/y@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
	not images.valid_reference("Nginx:1")
	not images.valid_reference("nginx:")
	not images.valid_reference("nginx latest")
	not images.valid_reference("registry.example.com/app@sha256:short")
}

test_glob_match if {
	images.glob_match("registry.example.com/team/*", "registry.example.com/team/api")
	images.glob_match("*", "anything/at/all")
	images.glob_match("team-*", "team-a")
	images.glob_match("a.b(c)+?[d]{e}^$|\\", "a.b(c)+?[d]{e}^$|\\")
	not images.glob_match("registry.example.com/team/*", "registry.example.com/teamx/api")
	not images.glob_match("a.c", "abc")
}

test_specificity if {
	images.specificity("docker.io/library/nginx") == [1, 23]
	images.specificity("docker.io/*") == [0, 10]
	images.specificity("*") == [0, 0]
}

test_normalize_pattern if {
	images.normalize_pattern("nginx") == "docker.io/library/nginx"
	images.normalize_pattern("docker.io/*") == "docker.io/*"
}

test_severity_rank if {
	images.severity_rank("Critical") == 4
	images.severity_rank("HIGH") == 3
	images.severity_rank("whatever") == 0
}

test_is_image if {
	images.is_image("nginx")
	not images.is_image("")
	not images.is_image(null)
}
