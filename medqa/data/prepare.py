"""Dataset -> chat messages -> token ids with a loss mask -> train / validation splits.

Takes a tokenizer, never a backend. Each row becomes a prompt (optional system prompt + the
patient's turn) and a completion (the doctor's turn), rendered with the tokenizer's own chat
template. Rows are tokenized here rather than inside TRL so that overlong rows can be counted and
dropped or truncated as the recipe asks, and `--dry-run` shows exactly the ids the trainer sees.
The output columns, `input_ids` and `completion_mask`, are TRL's pre-tokenized format: SFTTrainer
turns the mask into labels (-100 outside the doctor's turn) when `completion_only_loss=True`.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from medqa import chat_template, hub
from medqa.common import MedqaError, chat_messages, reason
from medqa.config import DataCfg

LOCAL_FORMATS = {".jsonl": "json", ".json": "json", ".csv": "csv", ".parquet": "parquet"}
# The longest line a JSONL/CSV file may hold. pyarrow reads a line as one block and Python then holds
# it as one string: a longer one is a broken or hostile file, refused in the pre-scan before it is
# loaded. Above 256 MiB so that a merely absurd row is loaded, counted and dropped (see prepare).
MAX_LINE_BYTES = 512 * 2**20


class DataError(MedqaError, ValueError):
    """The data source cannot give usable rows; the message says what to change."""


@dataclass
class DataStats:
    # medqa/data/clean.py's counts, and under "boilerplate" what mining found (medqa/data/boilerplate.py);
    # empty when off
    cleaning: dict = field(default_factory=dict)
    rows_selected: int = 0
    empty_dropped: int = 0
    overlong_truncated: int = 0
    overlong_dropped: int = 0
    special_strings: int = 0  # rows whose patient or doctor text spells a special token; kept, as plain text
    train_rows: int = 0
    val_rows: int = 0

    def summary(self) -> str:
        from medqa.data.clean import summary

        special = f", {self.special_strings} with special-token strings (kept as text)" if self.special_strings else ""
        return (summary(self.cleaning) + f"{self.rows_selected} rows selected, {self.empty_dropped} empty dropped, "
                f"{self.overlong_truncated} overlong truncated, {self.overlong_dropped} overlong dropped{special} -> "
                f"{self.train_rows} train / {self.val_rows} validation")

    def as_dict(self) -> dict[str, int | dict[str, int]]:
        return asdict(self)


def open_source(source: str, split: str, key: str = "data.source", revision: str | None = None):
    """A local .jsonl/.json/.csv/.parquet file or a Hub dataset, through `datasets`; errors name `key`."""
    import datasets

    datasets.disable_progress_bars()
    path = Path(source)
    try:
        if path.suffix.lower() in LOCAL_FORMATS or path.is_dir():
            _check_local(path, source, key)
            return datasets.load_dataset(LOCAL_FORMATS[path.suffix.lower()], data_files=str(path), split="train")
        with hub.reading(source, key, kind="dataset"):
            return datasets.load_dataset(hub.resolve(source, kind="dataset"), split=split,
                                         **hub.at(source, revision))
    except (DataError, hub.HubError):
        raise
    except UnicodeDecodeError as e:
        raise DataError(f"{key} {source!r} is not valid UTF-8 ({e.reason} at byte {e.start}): "
                        "re-save it as UTF-8") from None
    except Exception as e:  # datasets raises many types; the user needs the source and the reason
        raise DataError(f"cannot load {key} {source!r}: {reason(e)}") from None


def _not_found(source: str, key: str) -> DataError:
    return DataError(f"{key} {source!r} not found: fix {key} (a .jsonl/.json/.csv/.parquet file or a Hub dataset "
                     "id such as ruslanmv/ai-medical-chatbot)")


def _check_local(path: Path, source: str, key: str) -> None:
    """A local source is a regular file: a folder is not scanned (`/` would be the whole disk), and a FIFO
    or device is not read (it may never end)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        raise _not_found(source, key) from None
    if stat.S_ISDIR(mode):
        raise DataError(f"{key} {source!r} is a directory: name the data file in it (.jsonl/.json/.csv/.parquet)")
    if not stat.S_ISREG(mode):
        raise DataError(f"{key} {source!r} is not a regular file (a pipe or a device): copy the data to a file "
                        "and name that")


def check_data_file(cfg: DataCfg) -> None:
    """A missing, non-regular or non-UTF-8 local file, or one with an absurdly long line, told before the heavy
    imports; `prepare` checks columns and rows."""
    path = Path(cfg.source)
    if path.suffix.lower() not in LOCAL_FORMATS and not path.is_dir():
        return
    _check_local(path, cfg.source, "data.source")
    if path.suffix.lower() != ".parquet":
        _scan_text(path, cfg.source)


def _scan_text(path: Path, source: str) -> None:
    """UTF-8 throughout (pyarrow's JSON and CSV readers accept invalid UTF-8 and fail later, on the row,
    with a traceback) and no line over MAX_LINE_BYTES; in 1 MiB chunks, so memory stays flat."""
    decoder, line, run = codecs.getincrementaldecoder("utf-8")(), 1, 0
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as e:
                line += e.object[:e.start].count(b"\n")  # what was decoded: the chunk and any bytes held over
                raise DataError(f"data file {source!r} is not valid UTF-8 (byte 0x{e.object[e.start]:02x} on "
                                f"line {line}): re-save it as UTF-8 or fix that row") from None
            first, last = chunk.find(b"\n"), chunk.rfind(b"\n")
            longest = run + (first if first >= 0 else len(chunk))
            if first >= 0:
                inner = max((len(x) for x in chunk[first + 1:last].split(b"\n")), default=0) if last > first else 0
                longest, run = max(longest, inner), len(chunk) - last - 1
            else:
                run = longest
            if longest > MAX_LINE_BYTES:
                raise DataError(f"data file {source!r} has a line over {MAX_LINE_BYTES >> 20} MiB near line {line}: "
                                "that is no dialog; fix or remove that row")
            line += chunk.count(b"\n")


def load_rows(cfg: DataCfg, max_line_bytes: int | None = None):
    """Open the source (a local file or a Hub dataset) and check the mapped columns are there.

    With `max_line_bytes`, returns (rows, lines skipped): a local .jsonl's lines longer than that are left
    out unread (see skip_huge_lines). Without it, the rows alone."""
    skipped = 0
    with contextlib.ExitStack() as stack:
        source = cfg.source
        if max_line_bytes and Path(source).suffix.lower() == ".jsonl" and Path(source).is_file():
            source, skipped = skip_huge_lines(Path(source), max_line_bytes, stack)
        ds = _open_copy(source, cfg.source) if skipped else open_source(cfg.source, cfg.split, revision=cfg.revision)
    missing = [c for c in (cfg.columns.patient, cfg.columns.doctor) if c not in ds.column_names]
    if missing:
        raise DataError(f"data.source {cfg.source!r} has no column {', '.join(map(repr, missing))} "
                        f"(it has {', '.join(ds.column_names)}): set data.columns.patient / data.columns.doctor")
    return (ds, skipped) if max_line_bytes else ds


def _open_copy(copy: Path, source: str):
    import datasets

    datasets.disable_progress_bars()
    try:
        return datasets.load_dataset("json", data_files=str(copy), split="train")
    except Exception as e:
        raise DataError(f"cannot load data.source {source!r}: {reason(e)}") from None


def skip_huge_lines(path: Path, max_bytes: int, stack: contextlib.ExitStack) -> tuple[Path, int]:
    """(file to load, lines left out): `path` itself, or a copy without its lines over `max_bytes`.

    Why: the JSON reader holds a line several times over while parsing it (about 1.9 GiB for one 256 MiB
    line), before any row can be measured. A line this long is overlong whatever its encoding (a JSON
    character takes at most 12 bytes), so it is dropped and counted unread, in 1 MiB chunks.
    """
    with path.open("rb") as f:
        if not any(huge for huge, _ in _lines(f, max_bytes)):
            return path, 0
    tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="medqa-data-"))) / path.name
    skipped = 0
    with path.open("rb") as f, tmp.open("wb") as out:
        for huge, line in _lines(f, max_bytes):
            skipped += huge
            if not huge:
                out.write(line + b"\n")
    return tmp, skipped


def _lines(f, max_bytes: int):
    """(huge, line) for each line of a binary file; a line over `max_bytes` comes as (True, b"") and is never
    held whole: what memory it would need is what the caller avoids."""
    parts, size, huge = [], 0, False
    for chunk in iter(lambda: f.read(1 << 20), b""):
        pieces = chunk.split(b"\n")
        for i, piece in enumerate(pieces):
            if not huge:
                parts.append(piece)
                size += len(piece)
                if size > max_bytes:
                    parts, size, huge = [], 0, True
            if i < len(pieces) - 1:  # a newline ends this line
                yield huge, b"".join(parts)
                parts, size, huge = [], 0, False
    if parts and size or huge:
        yield huge, b"".join(parts)


def clean_dataset(ds, cfg: DataCfg):
    """The rows after medqa/data/clean.py and medqa/data/dedup.py when data.clean.enabled, with the counts per rule.
    Cleaning runs on every row before any are selected: data.max_rows counts clean rows."""
    if not cfg.clean.enabled:
        return ds, {}
    from medqa.data import clean

    cols = cfg.columns
    patients, doctors, cleaning = clean.clean_columns(ds[cols.patient], ds[cols.doctor], cfg.clean)
    import datasets

    return datasets.Dataset.from_dict({cols.patient: patients, cols.doctor: doctors}), cleaning


def cleaning_examples(cfg: DataCfg, n: int = 3) -> str:
    """A few answers before and after data.clean's rules, for --dry-run."""
    from medqa.data import clean

    rows, _ = load_rows(cfg, max_line_bytes=2**20)  # examples only: a line over 1 MiB is not one to show
    pairs = clean.examples(rows[cfg.columns.doctor], n)
    return "\n".join(f"before: {b}\nafter:  {a}\n" for b, a in pairs) or "(no answer changed)\n"


def to_prompt_completion(row: dict[str, Any], cfg: DataCfg) -> dict[str, list[dict[str, str]]] | None:
    """One dataset row as TRL's conversational prompt-completion pair; None when a turn is empty."""
    patient, doctor = row.get(cfg.columns.patient), row.get(cfg.columns.doctor)
    if not isinstance(patient, str) or not isinstance(doctor, str) or not patient.strip() or not doctor.strip():
        return None
    return {"prompt": chat_messages(cfg.system_prompt, patient.strip()),
            "completion": [{"role": "assistant", "content": doctor.strip()}]}


def tokenize(pair: dict, tokenizer) -> dict[str, list[int]]:
    """Token ids of prompt + completion through the chat template, and a mask of the completion's tokens.

    Same construction as TRL's own tokenizer for prompt-completion data: the prompt rendered with the
    generation prompt must be a prefix of the full conversation; the rest (the doctor's words and the
    end-of-turn token, so the model learns to stop) carries the loss. Control tokens come only from the
    template: the messages' contents are tokenized as plain text (medqa.chat_template).
    """
    prompt_ids = chat_template.hf_ids(tokenizer, pair["prompt"], add_generation_prompt=True)
    full_ids = chat_template.hf_ids(tokenizer, pair["prompt"] + pair["completion"], add_generation_prompt=False)
    if full_ids[: len(prompt_ids)] != prompt_ids:
        raise DataError("the tokenizer's chat template does not render the prompt as a prefix of the conversation; "
                        "use a model whose template does (Llama 3.1 Instruct's does)")
    return {"input_ids": full_ids, "completion_mask": [0] * len(prompt_ids) + [1] * (len(full_ids) - len(prompt_ids))}


def max_chars(tokenizer, max_length: int) -> int:
    """Characters above which a row cannot fit in `max_length` tokens: no token spells more characters than
    the vocabulary's longest entry (for byte-level BPE, one character per byte), so a row of more characters
    has more tokens. Rows are bounded by it before cleaning and tokenizing, whose cost grows with the text."""
    return max_length * max(map(len, tokenizer.get_vocab()))


def bound_rows(ds, cfg: DataCfg, limit: int):
    """(rows, how many were over `limit` characters). Over the limit, a row is dropped (data.overlong=drop)
    or each turn is cut to `limit` characters (truncate: the row is still overlong and is truncated, and
    counted, after tokenizing). Lengths come from Arrow, so an absurd row is never copied into Python."""
    import datasets
    import pyarrow as pa
    import pyarrow.compute as pc

    table = ds.with_format("arrow")[:]
    names = [c for c in (cfg.columns.patient, cfg.columns.doctor)
             if pa.types.is_string(table[c].type) or pa.types.is_large_string(table[c].type)]
    if not names:
        return ds, 0
    lengths = [pc.fill_null(pc.utf8_length(table[c]), 0) for c in names]
    over = pc.greater(lengths[0] if len(lengths) == 1 else pc.add(*lengths), limit)
    if not pc.any(over).as_py():
        return ds, 0
    n = pc.sum(over).as_py()
    if cfg.overlong == "drop":
        return ds.select(pc.indices_nonzero(pc.invert(over)).to_pylist()), n
    cut = {c: pc.utf8_slice_codeunits(table[c], 0, limit) if c in names else table[c]
           for c in (cfg.columns.patient, cfg.columns.doctor)}
    return datasets.Dataset(pa.table(cut)), n


def bounded_rows(cfg: DataCfg, tokenizer, max_length: int):
    """(rows, lines left unread, rows over the character bound): load_rows and bound_rows with the bound
    of `max_length` tokens, before anything whose cost grows with a row's length sees the rows."""
    limit = max_chars(tokenizer, max_length)
    ds, unread = load_rows(cfg, max_line_bytes=12 * limit + 2**16)  # 12: the longest JSON escape of one character
    ds, over = bound_rows(ds, cfg, limit)
    return ds, unread, over


def prepare(cfg: DataCfg, tokenizer, max_length: int):
    """Bound, clean, shuffle, select, render, tokenize, split. Returns (train, val, DataStats)."""
    ds, unread, too_long = bounded_rows(cfg, tokenizer, max_length)
    ds, cleaning = clean_dataset(ds, cfg)
    ds = ds.shuffle(seed=cfg.seed)
    if cfg.max_rows is not None:
        ds = ds.select(range(min(cfg.max_rows, len(ds))))
    stats = DataStats(cleaning=cleaning, rows_selected=len(ds))
    # Rows cut by bound_rows are counted below, when they are truncated; unread ones are dropped either way.
    stats.overlong_dropped += unread + (too_long if cfg.overlong == "drop" else 0)
    specials = chat_template.special_pattern(tokenizer)

    rows = []
    for row in ds:
        pair = to_prompt_completion(row, cfg)
        if pair is None:
            stats.empty_dropped += 1
            continue
        turns = [pair["prompt"][-1], *pair["completion"]]  # the patient's and the doctor's, not the system prompt
        stats.special_strings += bool(specials and any(specials.search(m["content"]) for m in turns))
        ex = tokenize(pair, tokenizer)
        if len(ex["input_ids"]) > max_length:
            answer_left = sum(ex["completion_mask"][:max_length])
            if cfg.overlong == "drop" or answer_left == 0:
                stats.overlong_dropped += 1
                continue
            ex = {k: v[:max_length] for k, v in ex.items()}
            stats.overlong_truncated += 1
        rows.append(ex)

    if not rows:
        cleaned = (f", after data.clean dropped {stats.cleaning['rows_in'] - stats.cleaning['rows_out']} of "
                   f"{stats.cleaning['rows_in']} (data.clean.enabled=false keeps them)") if stats.cleaning else ""
        raise DataError(f"no usable rows in {cfg.source!r} after dropping {stats.empty_dropped} empty and "
                        f"{stats.overlong_dropped} overlong rows{cleaned}: check data.columns, or raise "
                        "model.max_length")
    if len(rows) < 2:
        raise DataError(f"only 1 usable row in {cfg.source!r}: need at least 2 (one for validation)")

    import datasets

    n_val = min(max(1, round(len(rows) * cfg.val_fraction)), len(rows) - 1)
    # Rows are already shuffled: the last n_val are the validation split, fixed by data.seed.
    train = datasets.Dataset.from_list(rows[: len(rows) - n_val])
    val = datasets.Dataset.from_list(rows[len(rows) - n_val:])
    stats.train_rows, stats.val_rows = len(train), len(val)
    return train, val, stats


def render_masked(example: dict[str, list[int]], tokenizer, open_mark: str = "[[", close_mark: str = "]]") -> str:
    """The example's text with the loss-carrying spans wrapped in marks, for --dry-run."""
    out, span, in_loss = [], [], None
    for tok_id, m in zip(example["input_ids"], example["completion_mask"]):
        if in_loss is not None and bool(m) != in_loss:
            text = tokenizer.decode(span)
            out.append(f"{open_mark}{text}{close_mark}" if in_loss else text)
            span = []
        in_loss = bool(m)
        span.append(tok_id)
    if span:
        text = tokenizer.decode(span)
        out.append(f"{open_mark}{text}{close_mark}" if in_loss else text)
    return "".join(out)
