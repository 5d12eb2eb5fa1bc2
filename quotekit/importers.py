"""Importers: annotation tools' exports -> gold JSONL that ``quotekit evaluate`` reads.

Gold documents have the shape of the PolNeAR files: ``{"id", "text", "quotes": [{"start",
"end", "text", "type", "speaker": span|null, "cue": span|null, "fragments"?: [span, ...],
"speaker_name"?: str}]}``. A quote is a Quote region with the Speaker and Cue regions related to
it; pieces of one quote (regions sharing a speaker and a cue relation, or brat's discontinuous
spans) become one quote with fragments.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quotekit.errors import InputError
from quotekit.exporters import decode_doc_id
from quotekit.records import iter_jsonl

FORMATS = ("labelstudio", "doccano", "brat", "prodigy", "xmi")
_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def _type_of(text: str, pieces: list[tuple[int, int]]) -> str:
    """direct, indirect or mixed, from the quotation marks (as PolNeAR derives it)."""
    content = "".join(text[s:e] for s, e in pieces).strip()
    if len(content) >= 2 and content[0] in _MARKS and content[-1] in _MARKS:
        return "direct"
    return "mixed" if any(m in content for m in '"\u201c\u201d') else "indirect"


def _quote(
    text: str,
    pieces: list[tuple[int, int]],
    speaker: tuple[int, int] | None,
    cue: tuple[int, int] | None,
    attrs: dict[str, Any],
) -> dict[str, Any]:
    pieces = sorted(pieces)
    start, end = pieces[0][0], pieces[-1][1]
    q: dict[str, Any] = {
        **_span(text, start, end),
        "type": attrs.get("type") or _type_of(text, pieces),
        "speaker": _span(text, *speaker) if speaker else None,
        "cue": _span(text, *cue) if cue else None,
    }
    if len(pieces) > 1:
        q["fragments"] = [_span(text, s, e) for s, e in pieces]
    if attrs.get("speaker_name"):
        q["speaker_name"] = attrs["speaker_name"]
    return q


def _group(
    text: str,
    quote_pieces: dict[str, tuple[int, int]],
    said: dict[str, str],
    cue_of: dict[str, str],
    spans: dict[str, tuple[int, int]],
    attrs: dict[str, dict[str, Any]],
) -> list[dict[str, Any]]:
    """Quotes from regions: pieces with the same quote id in ``attrs`` join into one quote."""
    groups: dict[str, list[str]] = {}
    for rid in quote_pieces:
        key = str(attrs.get(rid, {}).get("quote_id") or rid)
        groups.setdefault(key, []).append(rid)
    quotes = []
    for rids in groups.values():
        sp = next((spans[said[r]] for r in rids if r in said), None)
        cu = next((spans[cue_of[r]] for r in rids if r in cue_of), None)
        quotes.append(_quote(text, [quote_pieces[r] for r in rids], sp, cu, attrs.get(rids[0], {})))
    return sorted(quotes, key=lambda q: (q["start"], q["end"]))


# --------------------------------------------------------------------------- Label Studio


def from_label_studio(path: Path, skipped: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Documents from Label Studio's JSON export: each task's latest annotation.

    Only annotations are gold: a task nobody annotated (Label Studio's own export lists its
    predictions by id only; a task file written by ``quotekit export`` holds quotekit's
    predictions in full) is left out, and its id is added to ``skipped``.
    """
    try:
        tasks = json.loads(path.read_text("utf-8"))
    except ValueError as e:
        raise InputError(f"{path}: not a Label Studio JSON export: {e}") from None
    if not isinstance(tasks, list):
        raise InputError(f"{path}: a Label Studio export is a JSON list of tasks")
    for n, task in enumerate(tasks, 1):
        data = task.get("data") or {}
        text = data.get("text")
        doc_id = str(data.get("doc_id") or task.get("id") or n)
        if not isinstance(text, str):
            raise InputError(f"{path}: task {n} has no data.text")
        done = [
            a
            for a in task.get("annotations") or []
            if isinstance(a, dict) and not a.get("was_cancelled")
        ]
        if not done:
            if skipped is not None:
                skipped.append(doc_id)
            continue
        yield _from_ls_result(doc_id, text, done[-1].get("result") or [])


def _from_ls_result(doc_id: str, text: str, result: list[dict[str, Any]]) -> dict[str, Any]:
    spans: dict[str, tuple[int, int]] = {}
    labels: dict[str, str] = {}
    attrs: dict[str, dict[str, Any]] = {}
    said: dict[str, str] = {}
    cue_of: dict[str, str] = {}
    for item in result:
        if item.get("type") == "labels":
            v = item["value"]
            rid = str(item["id"])
            spans[rid] = (int(v["start"]), int(v["end"]))
            labels[rid] = (v.get("labels") or [""])[0]
            attrs[rid] = _parse_meta((item.get("meta") or {}).get("text") or [])
    for item in result:
        if item.get("type") == "relation":
            frm, to = str(item["from_id"]), str(item["to_id"])
            rel = (item.get("labels") or [""])[0]
            if labels.get(frm) == "Speaker" or rel == "said":
                said[to] = frm
            elif labels.get(frm) == "Cue" or rel == "cue_of":
                cue_of[to] = frm
    quote_pieces = {rid: spans[rid] for rid, lab in labels.items() if lab == "Quote"}
    return {
        "id": doc_id,
        "text": text,
        "quotes": _group(text, quote_pieces, said, cue_of, spans, attrs),
    }


def _parse_meta(lines: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for line in lines:
        key, sep, value = str(line).partition("=")
        if sep:
            out[key.strip()] = value.strip()
    return out


# --------------------------------------------------------------------------- doccano


def from_doccano(path: Path) -> Iterator[dict[str, Any]]:
    """Documents from doccano's relation-extraction JSONL export."""
    for n, d in iter_jsonl(path):
        text = d.get("text")
        if not isinstance(text, str):
            raise InputError(f"{path}:{n}: no 'text'")
        ents = {str(e["id"]): e for e in d.get("entities") or []}
        spans = {k: (int(e["start_offset"]), int(e["end_offset"])) for k, e in ents.items()}
        said = {
            str(r["to_id"]): str(r["from_id"])
            for r in d.get("relations") or []
            if ents.get(str(r["from_id"]), {}).get("label") == "SPEAKER"
        }
        cue_of = {
            str(r["to_id"]): str(r["from_id"])
            for r in d.get("relations") or []
            if ents.get(str(r["from_id"]), {}).get("label") == "CUE"
        }
        attrs: dict[str, dict[str, Any]] = {}
        for meta in d.get("quotekit") or []:
            for eid in meta.get("quote_entities") or []:
                attrs[str(eid)] = meta
        quote_pieces = {k: spans[k] for k, e in ents.items() if e.get("label") == "QUOTE"}
        doc_id = str(d.get("doc_id") or d.get("id") or f"{path}:{n}")
        yield {
            "id": doc_id,
            "text": text,
            "quotes": _group(text, quote_pieces, said, cue_of, spans, attrs),
        }


# --------------------------------------------------------------------------- Prodigy


def from_prodigy(path: Path) -> Iterator[dict[str, Any]]:
    """Documents from Prodigy relations tasks (JSONL, as exported by db-out)."""
    for n, d in iter_jsonl(path):
        if d.get("answer") in ("reject", "ignore"):
            continue
        text = d["text"]
        spans = {
            f"{s['start']}:{s['end']}:{s['label']}": (s["start"], s["end"])
            for s in d.get("spans") or []
        }
        said: dict[str, str] = {}
        cue_of: dict[str, str] = {}
        for r in d.get("relations") or []:
            h, c = r["head_span"], r["child_span"]
            hk, ck = (
                f"{h['start']}:{h['end']}:{h['label']}",
                f"{c['start']}:{c['end']}:{c['label']}",
            )
            (said if h["label"] == "SPEAKER" else cue_of)[ck] = hk
        attrs: dict[str, dict[str, Any]] = {}
        quote_pieces = {k: v for k, v in spans.items() if k.endswith(":QUOTE")}
        meta_doc = d.get("meta") or {}
        for meta in meta_doc.get("quotes") or []:
            for s_, e_ in meta.get("pieces") or []:
                attrs[f"{s_}:{e_}:QUOTE"] = meta
        yield {
            "id": str(meta_doc.get("doc_id") or f"{path}:{n}"),
            "text": text,
            "quotes": _group(text, quote_pieces, said, cue_of, spans, attrs),
        }


# --------------------------------------------------------------------------- brat

_T = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t?(.*)$")
_R = re.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)")
_A = re.compile(r"^(A\d+)\tQuoteType (T\d+) (\S+)")
_NOTE = re.compile(r"^#\d+\tAnnotatorNotes (T\d+)\t(.*)$")


def from_brat(folder: Path) -> Iterator[dict[str, Any]]:
    """Documents from a brat/INCEpTION standoff folder (DOC.txt + DOC.ann)."""
    if not folder.is_dir():
        raise InputError(f"{folder}: a brat export is a folder of .txt and .ann files")
    ids = _doc_ids(folder)
    for ann in sorted(folder.glob("*.ann")):
        txt = ann.with_suffix(".txt")
        if not txt.exists():
            raise InputError(f"{ann}: no {txt.name} beside it")
        # (newline="": the text exactly as written, "\r\n" too, or every offset after it moves)
        with open(txt, encoding="utf-8", newline="") as f:
            text = f.read()
        spans: dict[str, tuple[int, int]] = {}
        labels: dict[str, str] = {}
        pieces: dict[str, list[tuple[int, int]]] = {}
        said: dict[str, str] = {}
        cue_of: dict[str, str] = {}
        attrs: dict[str, dict[str, Any]] = {}
        for line in ann.read_text("utf-8").splitlines():
            if m := _T.match(line):
                tid, label, offs = m.group(1), m.group(2), m.group(3)
                frags = [tuple(int(x) for x in part.split()) for part in offs.split(";")]
                labels[tid] = label
                pieces[tid] = [(a, b) for a, b in frags]
                spans[tid] = (frags[0][0], frags[-1][1])
            elif m := _R.match(line):
                (said if m.group(2) == "Said" else cue_of)[m.group(4)] = m.group(3)
            elif m := _A.match(line):
                attrs.setdefault(m.group(2), {})["type"] = m.group(3).lower()
            elif m := _NOTE.match(line):
                try:
                    attrs.setdefault(m.group(1), {}).update(json.loads(m.group(2)))
                except ValueError:
                    pass
        quotes = []
        for tid, label in labels.items():
            if label not in ("Quote", "Content"):
                continue
            sp = spans.get(said.get(tid, ""))
            cu = spans.get(cue_of.get(tid, ""))
            a = attrs.get(tid, {})
            quotes.append(_quote(text, pieces[tid], sp, cu, a))
        quotes.sort(key=lambda q: (q["start"], q["end"]))
        yield {"id": ids.get(ann.stem, ann.stem), "text": text, "quotes": quotes}


def from_xmi(folder: Path) -> Iterator[dict[str, Any]]:
    """Documents from a folder of UIMA CAS XMI files with quotekit's INCEpTION layers
    (``TypeSystem.xml`` beside them), as INCEpTION exports a project."""
    try:
        from cassis import load_cas_from_xmi, load_typesystem
    except ImportError as e:
        raise InputError("the xmi format needs dkpro-cassis: pip install 'quotekit[xmi]'") from e
    tsfile = folder / "TypeSystem.xml"
    if not tsfile.exists():
        raise InputError(f"{folder}: no TypeSystem.xml beside the .xmi files")
    with open(tsfile, "rb") as f:
        ts = load_typesystem(f)
    ids = _doc_ids(folder)
    prefix = "webanno.custom."
    for path in sorted(folder.glob("*.xmi")):
        with open(path, "rb") as f:
            cas = load_cas_from_xmi(f, typesystem=ts)
        text = cas.sofa_string
        spans: dict[str, tuple[int, int]] = {}
        quote_pieces: dict[str, tuple[int, int]] = {}
        attrs: dict[str, dict[str, Any]] = {}
        for a in cas.select(prefix + "Quote"):
            key = f"q{a.xmiID}"
            quote_pieces[key] = spans[key] = (a.begin, a.end)
            attrs[key] = {"type": a.quoteType, "quote_id": a.quoteId, "speaker_name": a.speakerName}
        said: dict[str, str] = {}
        cue_of: dict[str, str] = {}
        for rel, table in (("Said", said), ("CueOf", cue_of)):
            for a in cas.select(prefix + rel):
                gov, dep = a.Governor, a.Dependent
                spans[f"g{gov.xmiID}"] = (gov.begin, gov.end)
                table[f"q{dep.xmiID}"] = f"g{gov.xmiID}"
        yield {
            "id": ids.get(path.stem, path.stem),
            "text": text,
            "quotes": _group(text, quote_pieces, said, cue_of, spans, attrs),
        }


def _doc_ids(folder: Path) -> dict[str, str]:
    ids: dict[str, str] = {}
    mapping = folder / "doc_ids.tsv"
    if mapping.exists():
        with open(mapping, encoding="utf-8", newline="") as f:
            for line in f.read().split("\n"):
                name, _, doc_id = line.partition("\t")
                if name:
                    ids[name] = decode_doc_id(doc_id)
    return ids


def import_gold(fmt: str, path: Path, skipped: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Gold documents from an annotation tool's export (``skipped`` collects the ids of Label
    Studio tasks that nobody annotated)."""
    if fmt == "labelstudio":
        return from_label_studio(path, skipped)
    readers = {
        "labelstudio": from_label_studio,
        "doccano": from_doccano,
        "brat": from_brat,
        "prodigy": from_prodigy,
        "xmi": from_xmi,
    }
    if fmt not in readers:
        raise InputError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    return readers[fmt](path)
