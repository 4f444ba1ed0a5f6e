"""Files the tool writes and reads: no surprise, no planted link followed, nothing left behind.

Driven from the CLI (``export``, ``workshop-pack``, the commands that read a user's file)
and from the TUI (the export dialog, the palette's screenshot).
"""

from __future__ import annotations

import json
import os
import resource
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assistant.paths import examples_dir


@pytest.fixture
def session(cli, db_path) -> str:
    result = cli("import", str(examples_dir() / "refinery-maintenance.json"), "--db", str(db_path))
    assert result.code == 0, result.stderr
    return result.stdout.strip()


def export(cli, db_path: Path, session: str, target: Path | str, *extra: str):
    return cli("export", session, "-f", "json", "-o", str(target), "--db", str(db_path), *extra)


def leftovers(folder: Path, *expected: str) -> list[str]:
    """Files in ``folder`` other than ``expected`` and the test database's own."""
    return sorted(
        name
        for name in set(os.listdir(folder)) - set(expected)
        if not name.startswith("data360.db")
    )


# --- an existing file is not replaced silently ---------------------------------------------
def test_export_refuses_an_existing_file_unless_forced(cli, db_path, session, tmp_path):
    target = tmp_path / "out" / "framing.json"
    target.parent.mkdir()
    target.write_text("keep me")
    target.chmod(0o640)
    refused = export(cli, db_path, session, target)
    assert refused.code == 1
    assert refused.stderr.count("\n") == 1 and "--force" in refused.stderr
    assert str(target) in refused.stderr
    assert target.read_text() == "keep me"
    forced = export(cli, db_path, session, target, "--force")
    assert forced.code == 0, forced.stderr
    assert json.loads(target.read_text())["session"]["id"] == session
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the replaced file's mode is kept
    assert leftovers(target.parent, "framing.json") == []


def test_workshop_pack_refuses_existing_files_before_writing_any(cli, tmp_path):
    folder = tmp_path / "pack"
    first = cli("workshop-pack", "-o", str(folder))
    assert first.code == 0, first.stderr
    written = {p.name: p.read_bytes() for p in folder.iterdir()}
    (folder / "workshop-pack.md").unlink()  # one gone: the other two still block the pack
    again = cli("workshop-pack", "-o", str(folder))
    assert again.code == 1 and "--force" in again.stderr
    assert again.stderr.count("\n") == 1
    assert not (folder / "workshop-pack.md").exists(), "nothing is written when one file blocks"
    forced = cli("workshop-pack", "-o", str(folder), "--force")
    assert forced.code == 0, forced.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted(written)


# --- special files are written in place ----------------------------------------------------
def test_export_to_a_fifo_writes_into_it_and_keeps_it(cli, db_path, session, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = export(cli, db_path, session, fifo)
    reader.join(timeout=60)
    assert result.code == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(received[0])["session"]["id"] == session
    assert leftovers(tmp_path, "pipe") == []


def test_export_to_a_device_keeps_the_device_node(cli, db_path, session, tmp_path):
    """``-o`` a link to /dev/null (and, as root, a device node of our own) stays a device."""
    link = tmp_path / "null-link"
    link.symlink_to("/dev/null")
    targets = [link]
    if os.geteuid() == 0:  # mknod needs root; the link above is checked either way
        node = tmp_path / "null-node"
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        targets.append(node)
    for target in targets:
        result = export(cli, db_path, session, target)
        assert result.code == 0, result.stderr
        assert stat.S_ISCHR(os.stat(target).st_mode), f"{target.name} was replaced"
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert leftovers(tmp_path, *(t.name for t in targets)) == []


# --- symlinks -------------------------------------------------------------------------------
def test_a_symlink_given_as_output_is_written_through(cli, db_path, session, tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert export(cli, db_path, session, link).code == 1  # the file it points to exists
    assert export(cli, db_path, session, link, "--force").code == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert json.loads(real.read_text())["session"]["id"] == session
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "nowhere" / "x.json")
    refused = export(cli, db_path, session, dangling)
    assert refused.code == 1 and "symbolic link to a missing file" in refused.stderr
    assert not (tmp_path / "nowhere").exists()


def test_a_symlink_planted_at_a_temporary_name_is_never_followed(
    cli, db_path, session, tmp_path, monkeypatch
):
    import assistant.outfiles as outfiles

    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "out"
    out.mkdir()
    # The name the old writer used (predictable from the pid) …
    (out / f".framing.json.tmp-{os.getpid()}").symlink_to(victim)
    # … and the first name the random generator will draw.
    draws = iter(["planted"])
    real_part = outfiles._random_part
    monkeypatch.setattr(outfiles, "_random_part", lambda: next(draws, None) or real_part())
    (out / ".framing.json.planted.tmp").symlink_to(victim)
    result = export(cli, db_path, session, out / "framing.json")
    assert result.code == 0, result.stderr
    assert victim.read_text() == "precious"
    assert json.loads((out / "framing.json").read_text())["session"]["id"] == session
    assert (out / ".framing.json.planted.tmp").is_symlink()  # left as it was found


# --- nothing left behind on an error --------------------------------------------------------
@pytest.mark.parametrize("failure", [OSError(18, "Invalid cross-device link"), KeyboardInterrupt()])
def test_the_temporary_file_is_removed_on_any_error(
    cli, db_path, session, tmp_path, monkeypatch, failure
):
    out = tmp_path / "out"
    out.mkdir()

    def broken_replace(source, destination):
        raise failure

    monkeypatch.setattr(os, "replace", broken_replace)
    if isinstance(failure, KeyboardInterrupt):
        with pytest.raises(KeyboardInterrupt):
            from assistant.export import write_export
            from assistant.services.interview import InterviewService
            from assistant.store import SQLiteStore

            interview = InterviewService(SQLiteStore(db_path)).open(session)
            write_export(interview, "json", out / "framing.json")
    else:
        result = export(cli, db_path, session, out / "framing.json")
        assert result.code == 1
        assert result.stderr.count("\n") == 1 and "cross-device" in result.stderr
    assert leftovers(out) == []


def test_ctrl_c_during_an_export_leaves_no_temporary_file(db_path, session, tmp_path):
    """SIGINT delivered while the file is written: the CLI stops and cleans up."""
    out = tmp_path / "out"
    out.mkdir()
    code = (
        "import os, signal, sys\n"
        # SIGINT as a terminal gives it: a runner started in the background (nohup, `&`
        # in a script) passes SIGINT ignored, and Python then installs no handler for it.
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "real = os.fsync\n"
        "def interrupted(fd):\n"
        # raise_signal delivers SIGINT to this very thread and handles it before returning;
        # os.kill may land on another thread and be handled only after the write finished.
        "    signal.raise_signal(signal.SIGINT)\n"
        "    return real(fd)\n"
        "os.fsync = interrupted\n"
        "from assistant.cli.main import run\n"
        "sys.argv = ['data360', *sys.argv[1:]]\n"
        "run()\n"
    )
    args = ["export", session, "-f", "json", "-o", str(out / "framing.json"), "--db", str(db_path)]
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr
    assert leftovers(out) == []


# --- reading users' files: bounded whatever st_size says ------------------------------------
def limited_memory() -> None:
    limit = 1_500_000_000
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@pytest.mark.parametrize(
    "args",
    [
        ["import", "/dev/zero"],
        ["flow", "validate", "/dev/zero"],
        ["run", "--answers", "/dev/zero"],
        ["import-flows", "SESSION", "/dev/zero"],
    ],
    ids=["import", "flow-validate", "run-answers", "import-flows"],
)
def test_an_endless_file_is_refused_by_size(db_path, session, args):
    """/dev/zero has st_size 0: a reader trusting it would read until memory runs out."""
    args = [session if a == "SESSION" else a for a in args]
    if args[0] != "flow":
        args += ["--db", str(db_path)]
    done = subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=limited_memory,
    )
    assert done.returncode == 1, done.stderr[-500:]
    assert "larger than" in done.stderr and "/dev/zero" in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr[-500:]
