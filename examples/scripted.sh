#!/usr/bin/env sh
# Scripted use of repairkit: JSON for machines, exit codes for decisions.
# Run from the project root:  sh examples/scripted.sh
# It works on a copy, so the example journal is never changed.
set -eu

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp examples/repair.yaml "$work/repair.yaml"
export REPAIR_JOURNAL="$work/repair.yaml" REPAIR_NO_INPUT=1 NO_COLOR=1

# 1. Validate first: exit 3 means the journal has a problem (message on stderr).
repair check

# 2. Log something. Only the new entry's id goes to stdout, so it can be captured.
id=$(repair log shown "Texted from the platform when the train stopped" --plan late-texts --by Alex --at yesterday)
echo "logged $id"

# 3. Read the verdicts as JSON (one document on stdout).
repair review --json | python3 -c '
import json, sys
for plan in json.load(sys.stdin)["plans"]:
    c = plan["counts"]
    print("{:<16} {:<20} noticed {}, self {}, missed {}; check-in {}".format(
        plan["id"], plan["verdict"], c["shown_witnessed"], c["shown_self"], c["missed"],
        plan["check_in"]["state"]))
'

# 4. Decide with the exit code: 0 every plan is showing up and on time, 1 not yet.
if repair review --check >/dev/null; then
    echo "every plan is showing up"
else
    echo "some plans need attention (exit $?)"
fi

# 5. Usage errors are exit 2, with the problem on stderr.
repair log shown "x" --plan no-such-plan 2>/dev/null || echo "unknown plan -> exit $?"
