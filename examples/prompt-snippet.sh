# Show due repair check-ins in your shell prompt, e.g.  [check-in due] ~/notes $
#
# Source it from ~/.bashrc or ~/.zshrc:
#
#     . ~/path/to/prompt-snippet.sh
#
# It asks `repair` only when the journal has changed or the day has turned,
# and remembers the answer in ~/.cache/repairkit/prompt, so the prompt stays
# fast. Set REPAIR_PROMPT_JOURNAL (or REPAIR_JOURNAL) to your journal.

repair_prompt_info() {
    _rp_journal=${REPAIR_PROMPT_JOURNAL:-${REPAIR_JOURNAL:-$HOME/notes/us/repair.yaml}}
    [ -f "$_rp_journal" ] || return 0
    _rp_cache=${XDG_CACHE_HOME:-$HOME/.cache}/repairkit/prompt
    _rp_mtime=$(stat -c %Y "$_rp_journal" 2>/dev/null || stat -f %m "$_rp_journal" 2>/dev/null)
    _rp_key="$(date +%F) $_rp_mtime $_rp_journal"
    if [ -f "$_rp_cache" ] && [ "$(head -n 1 "$_rp_cache")" = "$_rp_key" ]; then
        tail -n +2 "$_rp_cache"
        return 0
    fi
    # Active plans whose check-in is today or overdue.
    _rp_due=$(repair -q --journal "$_rp_journal" status --json 2>/dev/null | python3 -c '
import json, sys
try:
    plans = json.load(sys.stdin)["plans"]
except Exception:
    sys.exit()
print(sum(1 for p in plans if p["status"] == "active" and (p["check_in"] or {}).get("state") in ("due", "overdue")))
')
    case $_rp_due in
        "" | 0) _rp_text="" ;;
        1) _rp_text="[check-in due] " ;;
        *) _rp_text="[$_rp_due check-ins due] " ;;
    esac
    mkdir -p "${_rp_cache%/*}" && printf '%s\n%s' "$_rp_key" "$_rp_text" > "$_rp_cache"
    printf '%s' "$_rp_text"
}

if [ -n "${ZSH_VERSION:-}" ]; then
    setopt PROMPT_SUBST
    PROMPT='$(repair_prompt_info)'"$PROMPT"
elif [ -n "${BASH_VERSION:-}" ]; then
    PS1='$(repair_prompt_info)'"$PS1"
fi
