"""`repair apology-draft`: draft an apology from a plan, or check one for pitfalls."""
from __future__ import annotations

import os
import shlex
from pathlib import Path

import click

from repairkit.cli import common
from repairkit.errors import EXIT_CHECK_FAILED, UsageError
from repairkit.textsafe import safe_text


@click.command("apology-draft")
@click.argument("plan_ref", metavar="[PLAN]", required=False, shell_complete=common.complete_plan_ids)
@click.option("--out", "out_path", metavar="FILE", help="Write the draft to FILE ('-' for stdout).")
@click.option("--force", is_flag=True, help="With --out: replace FILE if it exists.")
@click.option("--edit", is_flag=True, help="Open the draft in $VISUAL/$EDITOR (with --out, or a new file).")
@click.option("--check", "check_path", metavar="FILE|-", help="Check an apology text for pitfalls instead.")
@click.option("--json", "as_json", is_flag=True, help="With --check: print one JSON document.")
@click.option("--no-input", is_flag=True, help="Never prompt.")
@click.pass_context
def apology_draft_cmd(ctx, plan_ref, out_path, force, edit, check_path, as_json, no_input) -> None:
    """Draft an apology from a plan, or check one you wrote.

    \b
      repair apology-draft late-texts
      repair apology-draft --out apology.md --edit
      repair apology-draft --check apology.md
      echo "I'm sorry if you were upset" | repair apology-draft --check - --json

    The draft owns what you did, offers what you think it was like for them
    (and lets them correct you), speaks to the fear underneath, owns the
    pattern, and says in your words what you'll do, how they can raise it and
    when you'll check in. It asks for nothing back. On a terminal it asks for
    what happened and what it was like for them when the plan doesn't say.
    Read it aloud and change anything that doesn't sound like you.

    --check works anywhere, with or without a journal: it lists pitfalls
    (line:col, category, the words, why, and what to try instead), what is
    already there, and what would help it land. A text that never says what
    you did is a finding too. Exit 1 when there is any finding.
    """
    if check_path is not None:
        if plan_ref or out_path or edit:
            raise UsageError("--check reads a text; it takes no PLAN, --out or --edit")
        _check(check_path, as_json)
        return
    if as_json:
        raise UsageError("--json goes with --check", hint="repair apology-draft --check FILE --json")
    from repairkit.care import apology

    j = common.journal(ctx)
    plan = common.resolve_plan(j, plan_ref, no_input=no_input)
    plan = _fill_gaps(plan, no_input=no_input)
    # The plan's words are retold in the draft: neutralise what a terminal (or a later `cat`) would act on.
    draft = safe_text(apology.draft_apology(plan, today=common.today()))
    if edit and not out_path:
        out_path = f"apology-{plan.id}.md"
    if not out_path or out_path == "-":
        click.echo(draft, nl=not draft.endswith("\n"))
        return
    from repairkit.errors import FileProblem
    from repairkit.journal import store

    target = Path(out_path)
    try:
        store.write_file(target, draft.encode("utf-8"), replace=force, mode=0o600, temp_prefix=".repair-draft-")
    except FileProblem as e:
        if "already exists" in e.message:
            real = store.existing_target(target)
            raise UsageError(f"{out_path} exists" + (f" (really {real})" if real and str(real) != os.path.abspath(
                target) else "") + "; not replacing it", hint="pass --force to replace it, or choose another --out") \
                from None
        raise
    if edit:
        common.run_editor(common.editor_command(no_input), target)
    common.warn(safe_text(f"draft written to {out_path}. Read it aloud and change anything that doesn't sound "
                           f"like you; `repair apology-draft --check {shlex.quote(out_path)}` checks it again."))


def _fill_gaps(plan, *, no_input: bool):
    """Ask on a terminal for what happened and what it was like for them, if the plan has neither.

    The answers shape this draft only; the journal is not changed. Off a terminal,
    say which flags or command would fill the gap; the draft then speaks about the pattern.
    """
    import dataclasses

    from repairkit.care import apology

    gaps = apology.draft_gaps(plan)
    if not (gaps.incident or gaps.impact):
        return plan
    if common.interactive(no_input):
        from repairkit.cli import prompts

        who = plan.hurt or "them"
        changes = {}
        if gaps.incident:
            changes["incident"] = prompts.text(
                "What happened, in a sentence, in your own words?",
                instruction="(e.g. I arrived fifty minutes late to dinner with your parents)", required=False) or None
        if gaps.impact:
            changes["impact"] = prompts.text(
                f"What do you think it was like for {who}?",
                instruction="(your best understanding; they can correct you)", required=False) or None
        common.screened(*changes.values(), doing="use it")  # read by the safety net like any text typed in
        return dataclasses.replace(plan, **changes)
    missing = " and ".join(name for name, gap in (("what happened (incident)", gaps.incident),
                                                   ("what it was like for them (impact)", gaps.impact)) if gap)
    common.warn(f"the plan doesn't say {missing}, so the draft speaks about the pattern instead.")
    click.echo("hint: add them with `repair edit`, or with --incident and --impact when you make a plan "
               "with `repair plan`.", err=True)
    return plan


def _check(source: str, as_json: bool) -> None:
    from repairkit.care import apology

    limit = 1024 * 1024
    if source == "-":
        name = "<stdin>"
        raw = common.read_stdin(limit, what="the apology",
                                closed_hint="pipe the text in (`repair apology-draft --check - < apology.txt`) "
                                            "or give the file's name instead of -")
        if len(raw) > limit:
            raise UsageError("the text on standard input is over 1 MB; an apology is a few paragraphs")
    else:
        try:
            raw = Path(source).read_bytes()
        except OSError as e:
            raise UsageError(f"can't read {source}: {e.strerror}") from None
        if len(raw) > limit:
            raise UsageError(f"{source} is over 1 MB; an apology is a few paragraphs")
        name = source
    text = raw.decode("utf-8", errors="replace")
    from repairkit.journal import patterns

    patterns.load()  # the checks' patterns as earlier runs compiled them: most of a long check's start-up
    common.screened(text, doing="check it")  # words about someone's safety get help, not wording advice
    result = apology.check_apology(text)
    if as_json:
        common.emit_json(result.to_json())
    else:
        click.echo(apology.format_findings(result, name), nl=False)
    patterns.save()
    if result.findings:
        click.get_current_context().exit(EXIT_CHECK_FAILED)
