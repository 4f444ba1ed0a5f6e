"""``data360 llm``: check the configured model, read the call log, ask for help.

LangChain is imported only inside the commands that call a model (``check``, ``help``);
``llm log`` reads the database alone. The options ``--model`` and ``--base-url`` are
shared with ``data360 extract``. Model text is printed through ``printable``: an escape
sequence in a reply (a clipboard write, a screen clear) is shown, never obeyed.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from assistant.cli.options import DbOption, JsonOption, err, print_json
from assistant.text.escape import printable

ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        help="LLM as provider:name (openai:gpt-4o-mini, ollama:llama3.2…); 'offline' for none."
        " Default: DATA360_MODEL or the config file.",
    ),
]
BaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help="OpenAI-compatible endpoint (Ollama, llama.cpp server, vLLM…), e.g."
        " http://localhost:11434/v1. Default: DATA360_BASE_URL.",
    ),
]
TimeoutOption = Annotated[
    float | None,
    typer.Option("--timeout", help="Seconds to wait for the model (default 60)."),
]

llm_app = typer.Typer(
    name="llm",
    help="The optional LLM: check it answers, read its call log, ask for interview help.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@llm_app.command("check")
def check(
    db: DbOption = None,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    timeout: TimeoutOption = None,
) -> None:
    """Tell whether the configured model answers, and in how long."""
    from assistant.errors import UserError
    from assistant.llm.client import LLMClient, LLMError
    from assistant.llm.config import config_file, load_settings
    from assistant.llm.log import CallLog
    from assistant.llm.models import build_chat_model
    from assistant.store import open_store

    settings = load_settings(model=model, base_url=base_url, timeout=timeout)
    source = config_file()
    err(f"config file: {source if source and source.exists() else 'none'}")
    if not settings.enabled:
        raise UserError(
            "no LLM configured (the offline extractor is used); give --model provider:name"
            " or set DATA360_MODEL"
        )
    chat = build_chat_model(settings)
    store = open_store(db)
    client = LLMClient(chat, settings, log=CallLog(store))
    try:
        reply = client.complete(
            "You are a health check. Reply with the single word OK.",
            "Reply with OK.",
            purpose="check",
            prompt_version="check-1",
        )
    except LLMError as error:
        raise UserError(printable(f"{settings.label} did not answer: {error}")) from None
    said = " ".join(reply.text.split())[:60] or "(empty reply)"
    print(printable(f"{settings.label} answered in {reply.duration_ms / 1000:.2f} s: {said}"))


@llm_app.command("log")
def log(
    db: DbOption = None,
    session: Annotated[
        str | None, typer.Option("--session", "-s", help="Only calls for this session.")
    ] = None,
    purpose: Annotated[
        str | None, typer.Option("--purpose", help="Only extract, extract-repair, check, help:…")
    ] = None,
    search: Annotated[
        str | None, typer.Option("--search", "-q", help="Full-text search in prompts/replies.")
    ] = None,
    count: Annotated[int, typer.Option("--count", "-n", help="How many calls.")] = 20,
    full: Annotated[bool, typer.Option("--full", help="Show prompts and replies.")] = False,
    json: JsonOption = False,
) -> None:
    """The LLM call log, newest first (also readable with any SQLite tool or Datasette)."""
    from assistant.llm.log import CallLog
    from assistant.store import open_store

    store = open_store(db)
    session_id = store.resolve(session) if session else None
    calls = CallLog(store).calls(session_id, purpose=purpose, search=search, limit=count)
    if json:
        print_json(calls)
        return
    if not calls:
        err("no LLM calls logged" + (f" for session {session_id[:8]}" if session_id else ""))
        return
    for call in calls:
        tokens = ""
        if call["input_tokens"] is not None or call["output_tokens"] is not None:
            tokens = f" {call['input_tokens'] or 0}→{call['output_tokens'] or 0} tok"
        where = ""
        if call["session_id"]:
            where = f" session {call['session_id'][:8]}"
            if call["question_id"]:
                where += f"/{call['question_id']}"
        line = (
            f"{call['at'][:19]}  {call['purpose']:<16} {call['status']:<9}"
            f" {call['duration_ms'] / 1000:6.2f} s{tokens}  {call['model']}{where}"
        )
        print(printable(line))
        if call["error"]:
            print(printable(f"    error: {call['error']}"))
        if full:
            print("    prompt:")
            print(_indent(call["prompt"] or ""))
            print("    response:")
            print(_indent(call["response"] or ""))


def _indent(text: str) -> str:
    """Logged text for the terminal: indented, escape sequences shown, not obeyed."""
    return "\n".join("      " + printable(line) for line in text.splitlines())


HELP_KINDS = {
    "followup": "followup",
    "statement": "strategic_statement",
    "value-proposition": "value_proposition",
    "summary": "section_summary",
    "usecases": "usecase_ideas",
}


@llm_app.command("help")
def help_(
    session: Annotated[str, typer.Argument(help="Session id or unique prefix.")],
    kind: Annotated[
        str,
        typer.Argument(help="followup | statement | value-proposition | summary | usecases"),
    ],
    question: Annotated[
        str | None, typer.Option("--question", help="followup: the question to follow up.")
    ] = None,
    section: Annotated[
        str | None, typer.Option("--section", help="summary: the section to summarise.")
    ] = None,
    db: DbOption = None,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    timeout: TimeoutOption = None,
) -> None:
    """Ask the model for interview help; the text streams to stdout, nothing is answered."""
    from assistant.errors import UserError
    from assistant.llm.client import LLMError
    from assistant.llm.config import load_settings
    from assistant.llm.log import CallLog
    from assistant.services.interview import InterviewService
    from assistant.services.llm_help import Helper, HelpKind
    from assistant.store import open_store

    if kind not in HELP_KINDS:
        raise UserError(f"unknown help {kind!r}; choose one of {', '.join(HELP_KINDS)}")
    settings = load_settings(model=model, base_url=base_url, timeout=timeout)
    store = open_store(db)
    interview = InterviewService(store).open(session)
    helper = Helper(settings, log=CallLog(store))

    def show(chunk: str) -> None:
        sys.stdout.write(printable(chunk))
        sys.stdout.flush()

    which = HelpKind(HELP_KINDS[kind])
    try:
        if which is HelpKind.followup:
            answered = interview.state.answered_at
            target = question or (max(answered, key=answered.__getitem__) if answered else None)
            if not target:
                raise UserError("give --question ID: which answer to follow up on")
            helper.followup(interview, target, show)
        elif which is HelpKind.section_summary:
            current = interview.current()
            target = section or (interview.engine.section_of[current.id].id if current else None)
            if not target:
                raise UserError("give --section ID")
            helper.section_summary(interview, target, show)
        elif which is HelpKind.usecase_ideas:
            helper.usecase_ideas(interview, show)
        else:
            helper.draft(interview, which, show)
    except LLMError as error:
        sys.stdout.write("\n")
        raise UserError(printable(f"{settings.label}: {error}")) from None
    sys.stdout.write("\n")
