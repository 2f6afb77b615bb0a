"""The layout holds: each outside thing has one place, and the arrows only run downwards.

- `repairkit/cli/` is the command line; its command modules don't import each other (they share
  cli/common.py and cli/prompts.py), and nothing below cli/ imports click or a prompt library.
- git is run only from sync.py; processes are started only there and by the editor launcher.
- the disk is written only from journal/ (store.py and the parse cache).
- the journal's text is cut and spliced only in journal/text.py (the merge in sync.py only
  decides which pieces go where).
Read from the source, so a new module is held to the same rules the day it is added.
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "repairkit"
COMMAND_MODULES = {"write", "read", "care", "apology", "export", "sharing", "remove", "screen"}


def modules() -> dict[str, ast.Module]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return found


def imported(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def calls(tree: ast.Module) -> set[str]:
    """Dotted names of everything called: `os.replace`, `subprocess.run`, `open`, `Path(...).write_text`…"""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            parts = []
            while isinstance(f, ast.Attribute):
                parts.append(f.attr)
                f = f.value
            if isinstance(f, ast.Name):
                parts.append(f.id)
            names.add(".".join(reversed(parts)))
    return names


def test_command_modules_do_not_import_each_other():
    for name, tree in modules().items():
        parts = name.split(".")
        if parts[:2] != ["repairkit", "cli"] or len(parts) < 3 or parts[2] not in COMMAND_MODULES:
            continue
        others = {f"repairkit.cli.{m}" for m in COMMAND_MODULES} - {name}
        assert not (imported(tree) & others), f"{name} imports {sorted(imported(tree) & others)}"


def test_the_library_imports_no_command_line_or_prompt_library():
    for name, tree in modules().items():
        if name.startswith("repairkit.cli") or name == "repairkit.__main__":  # the command line, and its door
            continue
        bad = {i for i in imported(tree) if i.split(".")[0] in ("click", "questionary", "prompt_toolkit")
               or i.startswith("repairkit.cli")}
        assert not bad, f"{name} imports {sorted(bad)}"


def test_processes_start_only_in_sync_and_the_editor_launcher():
    allowed = {"repairkit.sync", "repairkit.cli.common"}  # git; the editor, started the way git starts it
    for name, tree in modules().items():
        if name in allowed:
            continue
        bad = {i for i in imported(tree) if i.split(".")[0] in ("subprocess", "pty")} | \
            {c for c in calls(tree) if c.startswith(("os.system", "os.popen", "os.exec", "os.spawn"))}
        assert not bad, f"{name} starts processes: {sorted(bad)}"


WRITES = ("os.replace", "os.rename", "os.link", "os.unlink", "os.remove", "os.write", "os.mkdir", "os.makedirs",
          "os.rmdir", "os.ftruncate", "os.truncate", "os.chmod", "os.fchmod", "shutil.rmtree", "shutil.copy",
          "shutil.copyfile", "shutil.move", "write_text", "write_bytes", "mkdir", "unlink", "rmdir", "touch")


def test_the_disk_is_written_only_from_the_journal_layer():
    for name, tree in modules().items():
        if name.startswith("repairkit.journal"):
            continue
        bad = {c for c in calls(tree) if c in WRITES or c.endswith(tuple("." + w for w in WRITES))}
        for node in ast.walk(tree):  # open(..., "w"/"a"/"x") and os.open(..., O_WRONLY/O_CREAT...)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open":
                mode = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords
                                                                     if k.arg == "mode"), None)
                if isinstance(mode, ast.Constant) and any(ch in str(mode.value) for ch in "wax+"):
                    bad.add(f"open(..., {mode.value!r})")
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "os.open":
                flags = ast.unparse(node.args[1]) if len(node.args) > 1 else ""
                target = ast.unparse(node.args[0]) if node.args else ""
                if any(f in flags for f in ("O_CREAT", "O_TRUNC", "O_APPEND")) or \
                        ("O_WRONLY" in flags and target != "os.devnull"):
                    bad.add(f"os.open({target}, {flags})")
        assert not bad, f"{name} writes to the disk: {sorted(bad)}"


SPLICING = ("splice", "set_fields", "remove_item", "block_item", "flow_item", "append_points", "decompose")


def test_the_journal_text_is_spliced_only_in_its_model():
    for name, tree in modules().items():
        if name in ("repairkit.journal.text", "repairkit.journal.render"):
            continue
        defined = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
        assert not (defined & set(SPLICING)), f"{name} defines {sorted(defined & set(SPLICING))}"
        used = {c.split(".")[-1] for c in calls(tree)} & set(SPLICING)
        may = {"repairkit.journal": {"splice", "set_fields", "remove_item"},  # the Writer applies them
               "repairkit.journal.validate": {"append_points", "decompose"},  # the model is made as it is read
               "repairkit.sync": {"decompose"}}.get(name, set())
        assert used <= may, f"{name} splices journal text itself: {sorted(used - may)}"
