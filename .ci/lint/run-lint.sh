#!/usr/bin/env bash
# Lints every processes/*.bpmn with the rules Camunda Modeler applies for Camunda Platform 7.24
# (bpmnlint:recommended + camunda-compat/camunda-platform-7-24, see /.bpmnlintrc).
# Exits non-zero when a diagram has an error (warnings are printed but do not fail the run).
set -euo pipefail

lint_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$lint_dir/../.." && pwd)"

cd "$lint_dir"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error
fi

shopt -s nullglob
diagrams=("$repo_root"/processes/*.bpmn)
if [ "${#diagrams[@]}" -eq 0 ]; then
  echo "bpmnlint: no BPMN files in processes/" >&2
  exit 1
fi

# bpmnlint resolves its plugins from the working directory, so run it from here.
echo "bpmnlint: checking ${#diagrams[@]} diagram(s) in processes/"
"$lint_dir/node_modules/.bin/bpmnlint" --config "$repo_root/.bpmnlintrc" "${diagrams[@]}"
echo "bpmnlint: no errors"
