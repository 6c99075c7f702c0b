# A rule that exists only for main_test.rego: it echoes the parameters it receives, which proves
# main.rego hands each rule its own parameters. It lives in a *_test.rego file so builds that
# ignore tests never ship it, and it fires only when a test configures it.
package kubeward.rules.testing.echo_parameters

violation contains {"msg": sprintf("word is %q", [input.parameters.word]), "details": {"path": "metadata.name"}}
