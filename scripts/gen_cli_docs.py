"""Write docs/cli.md from the CLI's own definitions (``--check``: fail if it is stale).

Typer ships its own copy of Click, so commands and parameters are read by their
attributes rather than by Click's classes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from eventwire.cli import app

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def _param_row(param: Any, ctx: Any) -> str:
    help_text = (getattr(param, "help", None) or "").replace("|", "\\|")
    if param.param_type_name == "argument":
        dots = "..." if param.nargs == -1 else ""  # only variadic arguments repeat
        return f"| `{param.name.upper()}{dots}` | argument | {help_text} |"
    names = ", ".join(f"`{o}`" for o in (*param.opts, *param.secondary_opts))
    kind = "flag" if param.is_flag else "`" + param.display_type(ctx).replace("|", "\\|") + "`"
    default = param.default
    value = getattr(default, "value", default)  # enums show their value
    shown = f" Default: `{value}`." if default not in (None, False) else ""
    return f"| {names} | {kind} | {help_text}{shown} |"


def _render_commands(group: Any, ctx: Any, prefix: str) -> list[str]:
    """Sections for each command of ``group``; a sub-group gets one, then its commands."""
    lines: list[str] = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        sub = command.context_class(command, info_name=name, parent=ctx)
        lines += [
            "",
            f"## `{prefix} {name}`",
            "",
            f"`{command.get_usage(sub).removeprefix('Usage: ')}`",
            "",
            (command.help or "").strip(),
        ]
        if hasattr(command, "list_commands"):
            lines += _render_commands(command, sub, f"{prefix} {name}")
            continue
        lines += [
            "",
            "| parameter | type | help |",
            "|---|---|---|",
            *(_param_row(p, sub) for p in command.params),
        ]
    return lines


def render() -> str:
    """Return the Markdown reference of every command."""
    group: Any = typer.main.get_command(app)
    ctx = group.context_class(group, info_name="eventwire")
    lines = [
        "# Command line reference",
        "",
        "Generated from the CLI by `python scripts/gen_cli_docs.py`;"
        " a test fails when it is stale.",
        "",
        f"`eventwire [OPTIONS] COMMAND`: {group.help}",
        "",
        "| option | type | help |",
        "|---|---|---|",
        *(_param_row(p, ctx) for p in group.params),
        "",
        "Exit status: 0 when every record was used, 1 when some records failed,"
        " 2 for usage errors.",
    ]
    lines += _render_commands(group, ctx, "eventwire")
    return "\n".join(lines) + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        if not DOC.exists() or DOC.read_text("utf-8") != text:
            print(f"{DOC} is stale: run python scripts/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
