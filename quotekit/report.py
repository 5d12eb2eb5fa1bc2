"""Report: DocRecords -> one self-contained HTML page for people to read.

The page holds everything it needs (styles, script and data inline; nothing is fetched): a
summary with who is quoted most and which cue verbs are used, as bar charts, and who talks about
what (the topics most quoted on, grouped by ``topic.key``, with the speakers quoted on each); a
filter by speaker; and each document with its quotes highlighted by type, the speaker and cue of
each quote marked, and a card per quote beside the text ("Sergei Lavrov on the sanctions").
"""

from __future__ import annotations

import html
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from quotekit import __version__
from quotekit.records import DocRecord

_TYPES = ("direct", "indirect", "mixed")
_TOPIC_ROWS = 20
_SPEAKERS_PER_TOPIC = 6


def speaker_label(q: Any) -> str:
    """How a quote's speaker is shown and counted: the resolved name, else the mention."""
    if q.speaker is None:
        return "(no speaker)"
    return str(q.speaker.name or q.speaker.text)


def render_report(records: Iterable[DocRecord], *, title: str = "quotekit report") -> str:
    """The report page for some documents."""
    docs = [r for r in records if r.error is None]
    speakers: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for r in docs:
        for q in r.quotes:
            speakers[speaker_label(q)] += 1
            cues[q.cue.lemma if q.cue else "(none)"] += 1
            types[q.type] += 1
    total = sum(types.values())
    parts = [
        _HEAD.replace("{title}", html.escape(title)),
        f"<header><h1>{html.escape(title)}</h1><p class=meta>{len(docs)} documents, "
        f"{total} quotes: "
        + ", ".join(f"<span class='tag {t}'>{types[t]} {t}</span>" for t in _TYPES)
        + f" &middot; made by quotekit {__version__}</p></header>",
        "<section class=summary>",
        _bars("Who is quoted most", speakers.most_common(15), "speaker"),
        _bars("Cue verbs", cues.most_common(15), "cue"),
        "</section>",
        _who_talks_about_what(docs),
        "<nav><label>Speaker <select id=speaker-filter><option value=''>everyone</option>",
        *(f"<option>{html.escape(name)}</option>" for name, _ in sorted(speakers.items())),
        "</select></label> <span id=shown></span></nav>",
        "<main>",
        *(_document(r, n) for n, r in enumerate(docs, 1)),
        "</main>",
        _SCRIPT,
        "</body></html>",
    ]
    return "\n".join(parts)


def _bars(heading: str, items: list[tuple[str, int]], kind: str) -> str:
    if not items:
        return f"<div class=chart><h2>{heading}</h2><p>none</p></div>"
    top = max(n for _, n in items)
    rows = "".join(
        f"<div class=bar-row data-{kind}='{html.escape(name, quote=True)}'>"
        f"<span class=bar-label>{html.escape(name)}</span>"
        f"<span class=bar style='width:{max(2, round(100 * n / top))}%'></span>"
        f"<span class=bar-n>{n}</span></div>"
        for name, n in items
    )
    return f"<div class=chart><h2>{heading}</h2>{rows}</div>"


def _who_talks_about_what(docs: list[DocRecord]) -> str:
    """A table of the topics most quoted on (grouped by ``topic.key``, a surname with the one
    full name it ends; shown by their most frequent wording), each with the speakers quoted on
    it, most often first."""
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    wording: dict[str, Counter[str]] = defaultdict(Counter)
    for r in docs:
        for q in r.quotes:
            if q.topic is None:
                continue
            key = q.topic.key or q.topic.text.lower()
            by_key[key][speaker_label(q)] += 1
            wording[key][q.topic.text] += 1
    if not by_key:
        return "<section class=topics><h2>Who talks about what</h2><p>no topics</p></section>"
    _merge_short_names(by_key, wording)
    ranked = sorted(by_key, key=lambda k: (-sum(by_key[k].values()), -len(by_key[k]), k))
    rows = []
    for key in ranked[:_TOPIC_ROWS]:
        names = by_key[key].most_common()
        who = ", ".join(
            f"<span data-speaker='{html.escape(name, quote=True)}'>{html.escape(name)}</span>"
            + (f" ({n})" if n > 1 else "")
            for name, n in names[:_SPEAKERS_PER_TOPIC]
        )
        if len(names) > _SPEAKERS_PER_TOPIC:
            who += f" and {len(names) - _SPEAKERS_PER_TOPIC} more"
        label = wording[key].most_common(1)[0][0]
        rows.append(
            f"<tr><td>{html.escape(label)}</td><td class=n>{sum(by_key[key].values())}</td>"
            f"<td>{who}</td></tr>"
        )
    return (
        "<section class=topics><h2>Who talks about what</h2><table>"
        "<tr><th>topic</th><th>quotes</th><th>speakers</th></tr>"
        + "".join(rows)
        + "</table></section>"
    )


def _merge_short_names(by_key: dict[str, Counter[str]], wording: dict[str, Counter[str]]) -> None:
    """A one-word key joins the one longer name key that ends with it ("trump" joins "donald
    trump"); where several do ("john smith", "jane smith"), it stays apart."""
    for key in [k for k in by_key if " " not in k]:
        longer = [k for k in by_key if k.endswith(" " + key) and "(" not in k]
        if len(longer) == 1:
            by_key[longer[0]].update(by_key.pop(key))
            wording[longer[0]].update(wording.pop(key))


def _document(r: DocRecord, n: int) -> str:
    text = r.text
    # cut the text at every boundary of every span, then mark each piece with what covers it
    marks: list[tuple[int, int, str, int]] = []  # start, end, role, quote index
    for k, q in enumerate(r.quotes):
        for piece in q.fragments or (q.quote,):
            marks.append((piece.start, piece.end, f"q {q.type}", k))
        if q.speaker:
            marks.append((q.speaker.start, q.speaker.end, "spk", k))
        if q.cue:
            marks.append((q.cue.start, q.cue.end, "cue", k))
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    body = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in marks if m[0] <= a and b <= m[1]]
        chunk = html.escape(text[a:b])
        if not covering:
            body.append(chunk)
            continue
        classes = " ".join(sorted({m[2] for m in covering}))
        qids = " ".join(sorted({f"d{n}q{m[3]}" for m in covering}))
        body.append(f"<span class='{classes}' data-q='{qids}'>{chunk}</span>")
    panel = "".join(_quote_card(q, f"d{n}q{k}") for k, q in enumerate(r.quotes))
    names = sorted({speaker_label(q) for q in r.quotes})
    return (
        f"<article data-speakers='{html.escape(json.dumps(names), quote=True)}'>"
        f"<h2>{html.escape(r.doc_id)}</h2><div class=doc><div class=text>{''.join(body)}</div>"
        f"<aside>{panel or '<p>No quotes found.</p>'}</aside></div></article>"
    )


def _quote_card(q: Any, qid: str) -> str:
    who = html.escape(speaker_label(q))
    mention = html.escape(q.speaker.text) if q.speaker else ""
    cue = html.escape(q.cue.text) if q.cue else "&mdash;"
    # the card reads "SPEAKER on TOPIC"
    about = f" on <span class=about>{html.escape(q.topic.text)}</span>" if q.topic else ""
    key = html.escape(speaker_label(q), quote=True)
    also = f" &middot; as &ldquo;{mention}&rdquo;" if mention and mention != who else ""
    return (
        f"<div class='card {q.type}' id='{qid}' data-speaker='{key}'>"
        f"<div class=who><span class=name>{who}</span>{about}</div>"
        f"<div class=detail>{q.type} &middot; cue: {cue}{also}</div>"
        f"<div class=detail>confidence {q.confidence:.2f}</div></div>"
    )


_HEAD = """<!doctype html><html lang=en><head><meta charset=utf-8>
<meta name=viewport content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{font:15px/1.5 Georgia,serif;margin:0;color:#222;background:#fafaf7}
header,nav,main,.summary{max-width:1200px;margin:0 auto;padding:0 20px}
h1{font:600 26px system-ui,sans-serif;margin:24px 0 4px}
h2{font:600 16px system-ui,sans-serif;margin:18px 0 8px}
.meta,nav,.detail,.bar-row{font:13px system-ui,sans-serif}
.summary{display:grid;grid-template-columns:1fr 1fr;gap:24px}
.bar-row{display:grid;grid-template-columns:180px 1fr 40px;align-items:center;gap:6px;margin:3px 0}
.bar-label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.bar{height:12px;background:#3d6fa5;border-radius:2px}
nav{position:sticky;top:0;background:#fafaf7;padding:10px 20px;border-bottom:1px solid #ddd}
article{border-bottom:1px solid #ddd;padding-bottom:12px}
.doc{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:20px}
.text{white-space:pre-wrap}
.q.direct{background:#ffe8a3}.q.indirect{background:#cfe8ff}.q.mixed{background:#e3d5ff}
.spk{border-bottom:3px solid #1b998b;font-weight:600}.cue{border-bottom:3px dotted #c0392b}
.tag{padding:1px 6px;border-radius:3px}.tag.direct{background:#ffe8a3}
.tag.indirect{background:#cfe8ff}.tag.mixed{background:#e3d5ff}
.card{border-left:4px solid #999;padding:4px 8px;margin:0 0 8px;background:#fff;cursor:pointer}
.card.direct{border-color:#e0a800}.card.indirect{border-color:#3d8fd6}.card.mixed{border-color:#8e6ad8}
.who{font:14px system-ui,sans-serif}.who .name{font-weight:600}.about{font-style:italic}
.topics{max-width:1200px;margin:0 auto;padding:0 20px}
.topics table{border-collapse:collapse;font:13px system-ui,sans-serif;width:100%}
.topics td,.topics th{text-align:left;padding:3px 8px;border-bottom:1px solid #e4e4e0}
.topics td.n{text-align:right;width:4em}
.hl{outline:2px solid #c0392b}
.hidden{display:none}
@media (max-width:800px){.summary,.doc{grid-template-columns:1fr}}
</style></head><body>"""

_SCRIPT = """<script>
(function(){
  var filter=document.getElementById('speaker-filter'), shown=document.getElementById('shown');
  function apply(){
    var who=filter.value, docs=0, quotes=0;
    document.querySelectorAll('article').forEach(function(a){
      var names=JSON.parse(a.dataset.speakers), on=!who||names.indexOf(who)>=0;
      a.classList.toggle('hidden',!on); if(on){docs++;}
      a.querySelectorAll('.card').forEach(function(c){
        var show=!who||c.dataset.speaker===who; c.classList.toggle('hidden',!show);
        if(show&&on){quotes++;}
      });
    });
    shown.textContent=docs+' documents, '+quotes+' quotes shown';
  }
  filter.addEventListener('change',apply);
  document.querySelectorAll('.bar-row[data-speaker],.topics [data-speaker]').forEach(function(r){
    r.style.cursor='pointer';
    r.addEventListener('click',function(){filter.value=r.dataset.speaker;apply();});
  });
  function light(id,on){
    document.querySelectorAll('[data-q~="'+id+'"]').forEach(function(s){s.classList.toggle('hl',on);});
  }
  document.querySelectorAll('.card').forEach(function(c){
    c.addEventListener('mouseenter',function(){light(c.id,true);});
    c.addEventListener('mouseleave',function(){light(c.id,false);});
    c.addEventListener('click',function(){
      var s=document.querySelector('[data-q~="'+c.id+'"]');
      if(s){s.scrollIntoView({block:'center'});}
    });
  });
  document.querySelectorAll('.text span[data-q]').forEach(function(s){
    s.addEventListener('mouseenter',function(){s.dataset.q.split(' ').forEach(function(id){
      var c=document.getElementById(id); if(c){c.classList.add('hl');}});});
    s.addEventListener('mouseleave',function(){s.dataset.q.split(' ').forEach(function(id){
      var c=document.getElementById(id); if(c){c.classList.remove('hl');}});});
  });
  apply();
})();
</script>"""
