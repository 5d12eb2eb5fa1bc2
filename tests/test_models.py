"""Finding and fetching models, as a newcomer meets it (issue 18): the development models
beside a checkout, and a download that fails without network (a fake downloader; no test
touches the network)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotekit import parsing
from quotekit.cli import app

runner = CliRunner()
OFFLINE = (
    "HTTPSConnectionPool(host='raw.githubusercontent.com', port=443): Max retries exceeded with "
    "url: /stanfordnlp/stanza-resources/main/resources_1.10.0.json (Caused by "
    "NameResolutionError(\"<urllib3.connection.HTTPSConnection object>: Failed to resolve\"))"
)


def _offline(model_dir: str, processors: str) -> None:
    """Stanza's download as it fails without network, after making its directory."""
    path = Path(model_dir)
    path.mkdir(parents=True, exist_ok=True)
    (path / "en").mkdir(exist_ok=True)
    (path / "en" / "tokenize").mkdir(exist_ok=True)
    raise ConnectionError(OFFLINE)


@pytest.fixture()
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Stanza's default directory in tmp_path, no other model directory, and no network."""
    target = tmp_path / "stanza_resources"
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(target))
    monkeypatch.delenv("QUOTEKIT_MODEL_DIR", raising=False)
    monkeypatch.setattr(parsing, "checkout_models_dir", lambda: None)
    monkeypatch.setattr(parsing, "_fetch", _offline)
    return target


def _message(target: Path) -> str:
    return (
        f"Error: could not download the Stanza English models into {target} (no network "
        "connection); run 'quotekit models download' where there is network, or point "
        "--model-dir or QUOTEKIT_MODEL_DIR at a Stanza resources directory copied from a machine "
        "that has one"
    )


@pytest.mark.issue(18)
def test_first_run_offline_is_one_line_and_leaves_nothing(offline: Path) -> None:
    result = runner.invoke(app, ["extract", "-"], input="The mayor said so.")
    assert result.exit_code == 1
    assert result.output.strip() == _message(offline)
    assert not offline.exists()


@pytest.mark.issue(18)
def test_download_offline_keeps_what_was_there(offline: Path) -> None:
    offline.mkdir()
    (offline / "notes.txt").write_text("mine")
    result = runner.invoke(app, ["models", "download"])
    assert result.exit_code == 1
    assert result.output.strip() == _message(offline)
    assert sorted(p.name for p in offline.rglob("*")) == ["notes.txt"]


@pytest.mark.issue(18)
def test_a_checkout_finds_the_development_models(monkeypatch: pytest.MonkeyPatch) -> None:
    found = parsing.checkout_models_dir()
    if found is None:
        pytest.skip("no ../shared/models/stanza-en beside this checkout")
    monkeypatch.delenv("QUOTEKIT_MODEL_DIR", raising=False)
    assert parsing.locate_models() == parsing.ModelLocation(found, parsing.CHECKOUT_SOURCE)
    result = runner.invoke(app, ["models", "info"])
    assert f"model directory: {found} (from {parsing.CHECKOUT_SOURCE})" in result.output
    assert result.exit_code == 0, result.output
