"""Run in a subprocess by test_train.py (Unsloth patches transformers for the whole process):
train two steps with one backend, then report on the adapter as JSON on the last line."""

import json
import sys

import torch

from medqa.backends import import_backend
from medqa.config import load_config


def main(recipe: str, backend: str, output_dir: str) -> None:
    cfg = load_config(recipe, [f"model.backend={backend}", "train.max_steps=2", f"output_dir={output_dir}",
                               f"run_name=two-steps-{backend}", "sample.max_new_tokens=4",
                               "train.warmup_ratio=0"])  # with warmup, step 1 has lr 0 and A cannot move by step 2
    module = import_backend(backend)  # unsloth first, before transformers
    from peft import PeftModel
    from safetensors.torch import load_file
    from transformers import AutoModelForCausalLM

    from medqa.synthetic import models as synthetic
    from medqa.training import run as train

    res = train.run(cfg, overwrite=True)
    ids = torch.tensor([list(range(5, 40))])
    res.model.eval()
    with torch.no_grad():
        before = res.model(input_ids=ids).logits.float()

    # What training started from: the same seeded LoRA initialisation.
    init_model, _ = module.load(cfg, "fp32", 0)  # no checkpointing: only the initial LoRA weights are read
    init = {n.replace(".default", ""): p.detach().clone() for n, p in init_model.named_parameters() if p.requires_grad}
    saved = load_file(str(cfg.run_dir / "adapter" / "adapter_model.safetensors"))
    changed = sum(not torch.equal(init[n], saved[n].to(init[n].dtype)) for n in init if n in saved)

    base = AutoModelForCausalLM.from_pretrained(synthetic.resolve(cfg.model.name), dtype=torch.float32)
    reloaded = PeftModel.from_pretrained(base, str(cfg.run_dir / "adapter")).eval()
    with torch.no_grad():
        after = reloaded(input_ids=ids).logits.float()
    print(json.dumps({"trainable": len(init), "saved": len(saved), "changed": changed,
                      "max_logit_diff": (before - after).abs().max().item(), "metrics": res.metrics,
                      **stop_tokens(res.model, synthetic.resolve(cfg.model.name))}))


def stop_tokens(model, base_dir: str) -> dict:
    """The trained model's eos lists against the base's, and how many tokens generate() emits when forced
    to produce each of the base's eos ids first (1 = it stopped there)."""
    from transformers import GenerationConfig, LogitsProcessor, LogitsProcessorList

    class Force(LogitsProcessor):
        def __init__(self, token_id):
            self.token_id = token_id

        def __call__(self, input_ids, scores):
            forced = torch.full_like(scores, -1e9)
            forced[:, self.token_id] = 0.0
            return forced

    base_eos = GenerationConfig.from_pretrained(base_dir).eos_token_id
    prompt = torch.tensor([[0, 6, 5, 7]])
    emitted = {}
    for token_id in base_eos:
        out = model.generate(input_ids=prompt, attention_mask=torch.ones_like(prompt), max_new_tokens=4,
                             do_sample=False, logits_processor=LogitsProcessorList([Force(token_id)]),
                             pad_token_id=4)
        emitted[str(token_id)] = out.shape[1] - prompt.shape[1]
    return {"base_eos": base_eos, "generation_eos": model.generation_config.eos_token_id,
            "config_eos": model.config.eos_token_id, "emitted_when_forced": emitted}


if __name__ == "__main__":
    main(*sys.argv[1:])
