"""What cleaning does to a data source: counts per rule, token lengths, boilerplate n-grams, examples.

    run(cfg, out_dir, sample=2000) -> report dict    # writes out_dir/data_report.md and token_lengths.png

Used by scripts/inspect_data.py. The rules run on every row (the counts are the training run's); token
lengths, n-grams and examples are taken from the first `sample` rows, through the recipe's tokenizer and
chat template, so the lengths are the ones training would see.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from medqa.config import CleanCfg, Config
from medqa.data import clean
from medqa.data import prepare as data
from medqa.data.boilerplate import Mined
from medqa.rundir import write_text

NGRAM = 4  # words in an opening or closing
TOP = 10


def edges(answers: list, n: int = NGRAM) -> tuple[Counter, Counter]:
    """How often each answer opens and closes with the same n words (lower case, punctuation kept)."""
    opens, closes = Counter(), Counter()
    for a in answers:
        words = a.lower().split() if isinstance(a, str) else []
        if len(words) >= n:
            opens[" ".join(words[:n])] += 1
            closes[" ".join(words[-n:])] += 1
    return opens, closes


def token_lengths(patients: list, doctors: list, cfg: Config, tokenizer) -> list[int]:
    """Tokens per dialog as training renders it (system prompt + patient + doctor, chat template)."""
    out = []
    for p, d in zip(patients, doctors):
        pair = data.to_prompt_completion({cfg.data.columns.patient: p, cfg.data.columns.doctor: d}, cfg.data)
        if pair is not None:
            out.append(len(data.tokenize(pair, tokenizer)["input_ids"]))
    return out


def plot_lengths(before: list[int], after: list[int], max_length: int, out: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")  # files only
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4), dpi=100)
    top = max(before + after + [max_length])
    bins = [i * top / 40 for i in range(41)]
    ax.hist(before, bins=bins, alpha=0.5, label=f"before cleaning ({len(before)})")
    ax.hist(after, bins=bins, alpha=0.5, label=f"after cleaning ({len(after)})")
    ax.axvline(max_length, color="k", linestyle="--", label=f"model.max_length {max_length}")
    ax.set_xlabel("tokens per dialog (chat template)")
    ax.set_ylabel("dialogs")
    ax.set_title("medqa: token lengths")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out, metadata={"Software": None})
    plt.close(fig)
    return out


def run(cfg: Config, out_dir: Path, tokenizer, sample: int = 2000) -> dict:
    ds, _, _ = data.bounded_rows(cfg.data, tokenizer, cfg.model.max_length)  # an absurd row must not stall it
    cols = cfg.data.columns
    patients, doctors = ds[cols.patient], ds[cols.doctor]
    clean_cfg = cfg.data.clean if cfg.data.clean.enabled else CleanCfg(enabled=True)
    kept_p, kept_d, counts = clean.clean_columns(patients, doctors, clean_cfg)
    lengths = (token_lengths(patients[:sample], doctors[:sample], cfg, tokenizer),
               token_lengths(kept_p[:sample], kept_d[:sample], cfg, tokenizer))
    out_dir.mkdir(parents=True, exist_ok=True)
    png = plot_lengths(*lengths, cfg.model.max_length, out_dir / "token_lengths.png")
    report = {"source": cfg.data.source, "clean": clean_cfg.model_dump(), "counts": counts,
              "recipe_cleans": cfg.data.clean.enabled,
              "edges_before": edges(doctors[:sample]), "edges_after": edges(kept_d[:sample]),
              "examples": clean.examples(doctors, 5), "lengths": lengths, "sample": sample, "plot": png.name,
              "mined_examples": clean.examples(doctors, 5, mined=Mined.from_dict(counts["boilerplate"]), rule="mined"),
              "courtesy_examples": clean.examples(doctors, 5, mined=Mined.from_dict(counts["boilerplate"]),
                                                  rule="courtesy"),
              "over_max_length": sum(n > cfg.model.max_length for n in lengths[1])}
    write_text(out_dir / "data_report.md", markdown(report))  # whole or absent
    return report


def _table(title: str, before: Counter, after: Counter) -> list[str]:
    lines = [f"| {title}, before | rows | {title}, after | rows |", "|---|---:|---|---:|"]
    b, a = before.most_common(TOP), after.most_common(TOP)
    for i in range(max(len(b), len(a))):
        left = f"{_cell(b[i][0])} | {b[i][1]}" if i < len(b) else " | "
        right = f"{_cell(a[i][0])} | {a[i][1]}" if i < len(a) else " | "
        lines.append(f"| {left} | {right} |")
    return lines + [""]


def markdown(r: dict) -> str:
    c = r["counts"]
    lines = [f"# Data report: {r['source']}", "",
             f"Cleaning (`data.clean` {r['clean']}), on all {c['rows_in']} rows: {c['rows_out']} kept."
             + ("" if r["recipe_cleans"] else " The recipe has data.clean off: this is what the defaults would do."),
             "",
             "| rule | rows changed or dropped |", "|---|---:|"]
    lines += [f"| {name} | {c.get(name, 0)} |" for name in clean.RULE_NAMES]
    lines += [f"| mined phrases | {c['mined']} |"]
    lines += [f"| too short (dropped) | {c['short_dropped']} |", f"| exact duplicates (dropped) | "
              f"{c['exact_dup_dropped']} |", f"| near duplicates (dropped) | {c['near_dup_dropped']} |", "",
              f"## Token lengths (first {r['sample']} rows)", "", f"![token lengths]({r['plot']})", "",
              f"{r['over_max_length']} cleaned dialogs are longer than model.max_length.", "",
              f"## Most frequent answer openings and closings ({NGRAM} words, first {r['sample']} rows)", ""]
    lines += _table("opening", r["edges_before"][0], r["edges_after"][0])
    lines += _table("closing", r["edges_before"][1], r["edges_after"][1])
    lines += ["## Examples, before and after", ""]
    for before, after in r["examples"]:
        lines += [f"- before: {before}", f"  after: {after}", ""]
    lines += ["## Courtesy told by its words", "", "Greetings, thanks and wishes no rule names, peeled off the edges "
              "by their vocabulary (medqa/data/courtesy.py); `data.clean.keep` keeps one.", ""]
    for before, after in r.get("courtesy_examples", []):
        lines += [f"- before: {before}", f"  after: {after}", ""]
    return "\n".join(lines + mined_section(c["boilerplate"], r["mined_examples"]))


def mined_section(b: dict, examples: list[tuple[str, str]]) -> list[str]:
    """What mining found (medqa/data/boilerplate.py): each phrase with its answers, an example, and answers
    where it stood inside the text (counted on every INNER_EVERY-th answer); the recurring edges it kept, and why."""
    lines = ["## Mined boilerplate", "", f"Mining: {b['acted']} ({b['reason']}). A phrase is removed only at the "
             "edge it was mined at; `data.clean.keep` keeps one.", ""]
    if b["phrases"]:
        lines += ["| edge | phrase (normalised) | answers | inside (sampled) | example |", "|---|---|---:|---:|---|"]
        lines += [f"| {p['where']} | {_cell(p['phrase'])} | {p['count']} | {p['inner_sampled']} | "
                  f"{_cell(p['example'])} |" for p in b["phrases"]]
        lines += [""]
    if b["kept"]:
        lines += ["Recurring edges kept:", "", "| edge | phrase | answers | why kept |", "|---|---|---:|---|"]
        lines += [f"| {p['where']} | {_cell(p['phrase'])} | {p['count']} | {p['why']} |" for p in b["kept"]]
        lines += [""]
    for before, after in examples:
        lines += [f"- before: {before}", f"  after: {after}", ""]
    return lines


def summary(r: dict) -> str:
    return clean.summary(r["counts"]).rstrip("; ")


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
