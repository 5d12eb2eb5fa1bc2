"""The HTML report: self-contained, every quote shown, and rendered by a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from test_exporters import record
from typer.testing import CliRunner

from quotekit.cli import app
from quotekit.records import DocRecord, Topic
from quotekit.report import render_report


def _page() -> str:
    return render_report([record(), DocRecord("news/2", "No quotes here.")], title="Test report")


def test_page_is_self_contained_and_complete() -> None:
    page = _page()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing fetched
    assert "<script src" not in page and "<link" not in page
    for who in ("Sergei Lavrov", "Xi Jinping", "(no speaker)"):
        assert who in page
    assert page.count("class='card ") == 3
    assert "No quotes found." in page
    # the text is all there, escaped
    assert "&quot;We will respond,&quot;" in page


def test_cards_read_speaker_on_topic_and_topics_table() -> None:
    page = _page()
    assert (
        "<div class=who><span class=name>Sergei Lavrov</span> on "
        "<span class=about>the sanctions</span></div>"
    ) in page
    # a quote without a topic reads just the speaker
    assert "<div class=who><span class=name>(no speaker)</span></div>" in page
    table = page[page.index("Who talks about what") : page.index("</table>")]
    assert "<td>the sanctions</td><td class=n>1</td>" in table
    assert "<td>the talks</td><td class=n>1</td><td><span data-speaker='Xi Jinping'>" in table


def test_topics_table_groups_by_key() -> None:
    rec = record()
    q1, q2, q3 = rec.quotes
    same = Topic("the talks", q2.topic.start, q2.topic.end, key="talk")  # type: ignore[union-attr]
    other = Topic("these talks", None, None, key="talk")
    quotes = (
        replace(q1, topic=other),
        replace(q2, topic=same),
        replace(q3, topic=same, speaker=q2.speaker),
    )
    page = render_report([replace(rec, quotes=quotes)])
    table = page[page.index("Who talks about what") : page.index("</table>")]
    # one row: shown by its most frequent wording, Xi Jinping twice, Lavrov once
    assert table.count("<tr><td>") == 1
    assert "<td>the talks</td><td class=n>3</td>" in table
    assert table.index("Xi Jinping</span> (2)") < table.index("Sergei Lavrov</span>")


def test_topics_table_joins_a_surname_to_its_full_name() -> None:
    rec = record()
    q1, q2, q3 = rec.quotes
    full = Topic("Sergei Lavrov", None, None, key="sergei lavrov")
    short = Topic("Lavrov", None, None, key="lavrov")
    quotes = (replace(q1, topic=short), replace(q2, topic=full), replace(q3, topic=short))
    page = render_report([replace(rec, quotes=quotes)])
    table = page[page.index("Who talks about what") : page.index("</table>")]
    assert table.count("<tr><td>") == 1
    assert "<td>Lavrov</td><td class=n>3</td>" in table


def test_cli_report(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(__import__("json").dumps(record().to_dict()) + "\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(docs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Sergei Lavrov" in out.read_text(encoding="utf-8")


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.slow
def test_rendered_in_headless_chromium(tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    page = tmp_path / "report.html"
    page.write_text(_page(), encoding="utf-8")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    # the script ran: it counts what is shown
    assert "2 documents, 3 quotes shown" in dom
    for who in ("Sergei Lavrov", "Xi Jinping"):
        assert f'<span class="name">{who}</span>' in dom
    shot = tmp_path / "report.png"
    subprocess.run([*flags, "--window-size=1200,900", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 10_000
