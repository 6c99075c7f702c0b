// A wrapper module that pins regal by go.mod/go.sum: `go install regal@version` fails because the
// Go module proxy refuses regal's version list (403), while the module itself is served.
//go:build tools

package tools

import _ "github.com/open-policy-agent/regal"
