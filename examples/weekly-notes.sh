#!/bin/sh
# Append the past week of the repair journal, as Markdown, to a notes file.
#
#   weekly-notes.sh [NOTES_FILE]        default: ~/notes/repair-weekly.md
#
# Each run adds one section (headings moved one level down, so the weeks sit
# under the notes file's own title). Run it by hand, or weekly from cron:
#
#   0 20 * * 0  REPAIR_JOURNAL=/home/you/notes/us/repair.yaml /home/you/bin/weekly-notes.sh
#
# The export is made first and appended only when it worked, so a journal
# that needs fixing never leaves half a section behind.
set -eu

notes=${1:-"$HOME/notes/repair-weekly.md"}
week=$(mktemp)
trap 'rm -f "$week"' EXIT

repair -q export --format markdown --since "6 days ago" --no-front-matter --out - > "$week"

{
    if [ -s "$notes" ]; then printf '\n'; fi
    sed 's/^#/##/' "$week"
} >> "$notes"
