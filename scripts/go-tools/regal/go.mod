module kubeward.local/tools/regal

go 1.26

require github.com/open-policy-agent/regal v0.38.1
